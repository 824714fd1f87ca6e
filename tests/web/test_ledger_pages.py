"""The ledger page's 下一页 follows the cursor (before_id): the next 20 cases below the page's last one,
page number shown, no case twice (issue 10: deep pages read from the index, not OFFSET)."""

import re

import pytest
from starlette.testclient import TestClient

from tests.intake.conftest import WINDOW, application_body
from tests.web.inprocess import four_apps, login


@pytest.fixture(scope="module")
def stack(engines):
    with four_apps(engines) as apps:
        intake = TestClient(apps["intake"])
        for _ in range(25):  # more than one page of 20 on the street
            answer = intake.post("/v1/applications", json=application_body(), headers=WINDOW)
            assert answer.status_code == 201, answer.text
        yield apps


def _case_links(page: str) -> list[str]:
    return re.findall(r'href="/applications/(\d+)"', page)


def test_next_page_link_carries_the_cursor(stack):
    browser = login(stack["web"], "supervisor")
    first = browser.get("/applications").text
    found = re.search(r'href="\?(?:[^"]*&amp;)?page=2&amp;before_id=(\d+)">下一页</a>', first)
    assert found, first[first.index('data-testid="pager"') :][:600]
    second = browser.get(f"/applications?page=2&before_id={found.group(1)}").text
    assert 'aria-current="page">2<' in second
    ones, twos = _case_links(first), _case_links(second)
    assert ones and twos and not set(ones) & set(twos)
    assert max(map(int, twos)) < int(found.group(1)) <= min(map(int, ones))
