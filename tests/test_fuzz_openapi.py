"""schemathesis over the three OpenAPI documents, in-process, as a window, a department and an admin.

The three services are wired to each other (no fakes), each on its own rolled-back database with demo
data, so the fuzzer reaches real service code. Bounded for CI (YIMEN_FUZZ_EXAMPLES per operation and
generation mode, fixed seed, no shrinking); `make fuzz` runs more examples.
"""

import os
import time
from collections.abc import Iterator

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode
from starlette.testclient import TestClient

from services.common.http import ServiceClient
from services.common.settings import DEMO_AUTH_SECRET
from services.eligibility.app import create_app as eligibility_app
from services.eligibility.demo import load_demo as eligibility_demo
from services.eligibility.grants_source import GrantsSource
from services.eligibility.settings import EligibilitySettings
from services.intake.app import create_app as intake_app
from services.intake.demo import load_demo as intake_demo
from services.intake.settings import IntakeSettings
from services.transfer.app import create_app as transfer_app
from services.transfer.client import TransferClient
from services.transfer.demo import load_demo as transfer_demo
from services.transfer.settings import TransferSettings
from tests.conftest import auth, rolled_back

pytestmark = pytest.mark.fuzz

EXAMPLES = int(os.environ.get("YIMEN_FUZZ_EXAMPLES", "5"))  # CI budget: about 2 min per database
ROLES = {
    "window": auth("window_staff", "370211001", subject="window_hd", name="王晓燕"),
    "department": auth("department_staff", "370211001", department_id="370211001-civil", name="孙丽"),
    "admin": auth("admin", "370211", subject="admin", name="系统管理员"),
}
TIMINGS: list[tuple[float, str]] = []  # seconds per operation: `pytest -s` prints the slowest
CHECKS = [schemathesis.checks.not_a_server_error, schemathesis.checks.response_schema_conformance]


class Later:
    """An ASGI app set after construction: the services call each other, so one must exist first."""

    app = None

    async def __call__(self, scope, receive, send):
        await self.app(scope, receive, send)


def _client(cls: type[ServiceClient], name: str, target: Later, caller: str, **kwargs) -> ServiceClient:
    http = TestClient(target, base_url=f"http://{name}", raise_server_exceptions=False)
    return cls(f"http://{name}", client=http, auth_secret=DEMO_AUTH_SECRET, caller=caller, **kwargs)


@pytest.fixture(scope="module")
def stack(engines) -> Iterator[dict]:
    """intake, eligibility and transfer apps talking to each other in-process, with demo data."""
    from services.eligibility.client import EligibilityClient
    from services.intake.client import IntakeClient

    late = {name: Later() for name in ("intake", "eligibility", "transfer")}
    with (
        rolled_back(engines["intake"]) as idb,
        rolled_back(engines["eligibility"]) as edb,
        rolled_back(engines["transfer"]) as tdb,
    ):
        eligibility_demo(edb)
        intake_demo(idb)
        transfer_demo(tdb)
        apps = {
            "eligibility": eligibility_app(
                settings=EligibilitySettings(run_workers=False),
                db=edb,
                grants_source=_client(GrantsSource, "transfer", late["transfer"], "eligibility"),
            ),
            "intake": intake_app(
                settings=IntakeSettings(database_url="sqlite://", run_workers=False),
                db=idb,
                eligibility=_client(EligibilityClient, "eligibility", late["eligibility"], "intake"),
                transfer=_client(TransferClient, "transfer", late["transfer"], "intake", retries=0),
            ),
            "transfer": transfer_app(
                settings=TransferSettings(run_workers=False),
                db=tdb,
                intake=_client(IntakeClient, "intake", late["intake"], "transfer", retries=0),
                eligibility=_client(EligibilityClient, "eligibility", late["eligibility"], "transfer"),
            ),
        }
        for name, app in apps.items():
            late[name].app = app
        yield apps


def fuzz(app, headers: dict[str, str], examples: int) -> list[str]:
    """Every operation of the app's OpenAPI document, positive and negative cases; one line per failure."""
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    failures = []
    for result in schema.get_all_operations():
        operation = result.ok()
        cases = st.one_of(
            operation.as_strategy(GenerationMode.POSITIVE), operation.as_strategy(GenerationMode.NEGATIVE)
        )

        @settings(
            max_examples=examples,
            derandomize=True,
            database=None,
            deadline=None,
            phases=[Phase.explicit, Phase.generate],
            suppress_health_check=list(HealthCheck),
        )
        @given(case=cases)
        def run(case):
            case.call_and_validate(headers=headers, checks=CHECKS)

        start = time.perf_counter()
        try:
            run()
        except Exception as exc:  # one failure per operation is enough to act on
            failures.append(f"{operation.label}: {str(exc)[:1500]}")
        TIMINGS.append((time.perf_counter() - start, operation.label))
    return failures


@pytest.mark.parametrize("role", list(ROLES))
@pytest.mark.parametrize("service", ["intake", "eligibility", "transfer"])
def test_no_server_error_and_answers_match_the_document(stack, service, role):
    TIMINGS.clear()
    failures = fuzz(stack[service], ROLES[role], EXAMPLES)
    print("".join(f"\n{t:6.1f}s {label}" for t, label in sorted(TIMINGS, reverse=True)[:5]))
    assert not failures, "\n\n".join(failures)
