"""The web front and the three services wired to each other in-process (no ports, no fakes), each on a
rolled-back database with demo data: page tests that need every service without the browser's cost."""

import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta

from starlette.testclient import TestClient

from services.common.http import ServiceClient
from services.common.outbox import utcnow
from services.common.settings import DEMO_AUTH_SECRET
from services.eligibility.app import create_app as eligibility_app
from services.eligibility.client import EligibilityClient
from services.eligibility.demo import load_demo as eligibility_demo
from services.eligibility.grants_source import GrantsSource
from services.eligibility.settings import EligibilitySettings
from services.intake.app import create_app as intake_app
from services.intake.client import IntakeClient
from services.intake.demo import load_demo as intake_demo
from services.intake.handoff.service import deliver_handoffs
from services.intake.settings import IntakeSettings
from services.transfer.app import create_app as transfer_app
from services.transfer.client import TransferClient
from services.transfer.demo import load_demo as transfer_demo
from services.transfer.settings import TransferSettings
from tests.conftest import rolled_back
from web.app import create_app as web_app

PASSWORD = "yimen-demo-2026"


class Later:
    """An ASGI app set after construction: the services call each other, so one must exist first."""

    app = None

    async def __call__(self, scope, receive, send):
        await self.app(scope, receive, send)


def _client(cls: type[ServiceClient], name: str, target: Later, caller: str, **kwargs) -> ServiceClient:
    http = TestClient(target, base_url=f"http://{name}", raise_server_exceptions=False)
    return cls(f"http://{name}", client=http, auth_secret=DEMO_AUTH_SECRET, caller=caller, **kwargs)


@contextmanager
def four_apps(engines) -> Iterator[dict]:
    """{"web", "intake", "eligibility", "transfer"}: apps on rolled-back demo databases, talking in-process."""
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
        http = {
            name: TestClient(late[name], base_url=f"http://{name}", raise_server_exceptions=False)
            for name in late
        }
        apps["web"] = web_app(clients=http)
        yield apps


def hand_over(apps: dict) -> int:
    """Run intake's outbox once (what its worker does): accepted cases become transfer slips. One send at a
    time: the in-process apps share one connection per database (rolled back after the module), which
    concurrent requests would corrupt ("no such savepoint"); real services have a pool."""
    intake = apps["intake"]
    return deliver_handoffs(
        intake.state.db, intake.state.handoff_sender, now=utcnow() + timedelta(seconds=1), concurrency=1
    )


def login(web, username: str) -> TestClient:
    """A browser-like client logged in through the form; `.csrf` carries the session's token."""
    browser = TestClient(web, follow_redirects=False)
    csrf = re.search(r'name="csrf_token" value="([^"]+)"', browser.get("/login").text).group(1)
    answer = browser.post("/login", data={"username": username, "password": PASSWORD, "csrf_token": csrf})
    assert answer.status_code == 303, answer.text[:500]
    browser.csrf = re.search(r'"X-CSRF-Token": "([^"]+)"', browser.get("/").text).group(1)
    return browser
