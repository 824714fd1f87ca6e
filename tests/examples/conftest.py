"""The example partner against its own live stack (intake, eligibility, transfer as real processes)."""

import os
from unittest import mock

import pytest

import examples.partner  # noqa: F401  (the committed SDK, clients/python, on the path before the tests import it)
from tests.web.conftest import running_stack


@pytest.fixture(scope="module")
def partner_stack(tmp_path_factory):
    """Real services with their own databases (the partner test changes a department's mode); transfer
    requires signed partner callbacks, so the example's signing is exercised end to end."""
    strict = {"YIMEN_TRANSFER_PARTNER_SIGNATURES_REQUIRED": "true"}
    with (
        mock.patch.dict(os.environ, strict),
        running_stack(
            tmp_path_factory.mktemp("partner-stack"),
            label="partner",
            services=("intake", "eligibility", "transfer"),
        ) as urls,
    ):
        yield urls
