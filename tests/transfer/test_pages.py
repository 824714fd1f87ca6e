"""The transfer pages in the web front, wired to the real transfer app in-process."""

import json
import re

import httpx
import pytest
from starlette.testclient import TestClient

from tests.conftest import token_for
from tests.transfer.conftest import APPLICANT_ID, route, submit
from web.app import create_app as web_app

ACCOUNTS = {
    "window_hd": ("王晓燕", "window_staff", "370211001", None),
    "window_qu": ("陈静", "window_staff", "370211", None),
    "dept_hd_ca": ("孙丽", "department_staff", "370211001", "370211001-civil"),
    "supervisor": ("周正", "supervisor", "370211", None),
    "admin": ("系统管理员", "admin", "370211", None),
}


ISSUED: dict[str, str] = {}  # token → username


def _account(username: str) -> dict:
    name, role, region, dept = ACCOUNTS[username]
    return {
        "username": username,
        "display_name": name,
        "role": role,
        "region": region,
        "region_name": region,
        "department_id": dept,
    }


def _intake(request: httpx.Request) -> httpx.Response:
    if request.url.path == "/v1/auth/me":  # the session re-check: the token is still good
        return httpx.Response(200, json=_account(ISSUED[request.headers["authorization"][7:]]))
    if request.url.path != "/v1/auth/token":  # logout
        return httpx.Response(204)
    username = json.loads(request.read())["username"]
    name, role, region, dept = ACCOUNTS[username]
    account = _account(username)
    token = token_for(role, region, subject=username, name=name, department_id=dept)
    ISSUED[token] = username
    return httpx.Response(200, json={"access_token": token, "expires_in": 3600, "account": account})


@pytest.fixture
def web(client):
    intake = httpx.Client(base_url="http://intake", transport=httpx.MockTransport(_intake))
    app = web_app(clients={"intake": intake, "transfer": client})

    def login(username):
        browser = TestClient(app, follow_redirects=False)
        csrf = re.search(r'name="csrf_token" value="([^"]+)"', browser.get("/login").text).group(1)
        assert (
            browser.post(
                "/login", data={"username": username, "password": "yimen-demo-2026", "csrf_token": csrf}
            ).status_code
            == 303
        )
        browser.csrf = re.search(r'"X-CSRF-Token": "([^"]+)"', browser.get("/").text).group(1)
        return browser

    return login


class TestPages:
    def test_slip_list_detail_and_print_with_qr(self, web, client):
        slip = submit(client)["slips"][0]
        browser = web("window_hd")
        listing = browser.get("/slips")
        assert listing.status_code == 200 and slip["number"] in listing.text and "张*丰" in listing.text
        detail = browser.get(f"/slips/{slip['id']}")
        assert "办理过程" in detail.text and "救助事项分办通知单" in detail.text
        printed = browser.get(f"/slips/{slip['id']}/print")
        assert printed.status_code == 200 and "<svg" in printed.text and "/verify/" in printed.text
        assert APPLICANT_ID not in printed.text  # masked on paper too
        assert "负责人签字" in printed.text and "首问责任人" in printed.text

    def test_public_verify_page(self, web, client):
        slip_id = submit(client)["slips"][0]["id"]
        code = client.get(
            f"/v1/slips/{slip_id}", headers={"Authorization": f"Bearer {token_for('admin', '370211')}"}
        ).json()["verify_code"]
        anonymous = web("window_hd")
        anonymous.post("/logout", data={"csrf_token": anonymous.csrf})
        page = anonymous.get(f"/verify/{code}")
        assert page.status_code == 200 and "真实有效" in page.text and "张*丰" in page.text
        assert anonymous.get("/verify/forged").status_code == 404

    def test_inbox_walks_a_slip_through_with_htmx(self, web, client):
        slip = submit(client)["slips"][0]
        browser = web("dept_hd_ca")
        inbox = browser.get("/inbox")
        assert slip["number"] in inbox.text and "签收" in inbox.text
        headers = {"HX-Request": "true", "X-CSRF-Token": browser.csrf}
        steps = [
            {"type": "acknowledged", "key": "k1"},
            {"type": "opinion", "opinion": "同意", "key": "k2"},
            {"type": "result", "outcome": "approved", "amount": "500.00", "reason": "审批同意", "key": "k3"},
            {
                "type": "feedback",
                "to_applicant": "已告知",
                "to_window": "已办结",
                "signed_by": "黄岛街道主任",
                "key": "k4",
            },
        ]
        for data in steps:
            card = browser.post(f"/inbox/{slip['id']}/event", data=data, headers=headers)
            assert (
                card.status_code == 200
                and f'id="slip-{slip["id"]}"' in card.text
                and "<html" not in card.text
            )
        assert "已反馈" in card.text
        # an illegal step shows the reason inside the card instead of failing silently
        again = browser.post(f"/inbox/{slip['id']}/event", data={"type": "acknowledged"}, headers=headers)
        assert "alert-error" in again.text

    def test_district_window_forwards_from_the_page(self, web, client):
        slip = submit(
            client,
            items=[
                {
                    "item_code": "h",
                    "item_name": "住房救助",
                    "route": route("escalate", "civil_affairs", "370211"),
                }
            ],
        )["slips"][0]
        browser = web("window_qu")
        page = browser.get(f"/slips/{slip['id']}")
        assert "转出" in page.text
        done = browser.post(
            f"/slips/{slip['id']}/forward", data={"receiver_id": "370211-housing", "csrf_token": browser.csrf}
        )
        assert done.status_code == 303
        child = browser.get(done.headers["location"])
        assert "救助事项转办通知单" in child.text and "区住建局" in child.text

    def test_supervision_and_departments_pages(self, web, client):
        slip = submit(client)["slips"][0]
        supervisor = web("supervisor")
        assert "督办看板" in supervisor.get("/supervision").text
        supervisor.get(f"/slips/{slip['id']}")
        assert "读取留痕" in supervisor.get(f"/slips/{slip['id']}").text  # the first read shows in the log
        assert supervisor.post("/supervision/sweep", data={"csrf_token": supervisor.csrf}).status_code == 303
        admin = web("admin")
        page = admin.get("/admin/departments")
        assert "区民政局社会救助窗口" in page.text
        created = admin.post(
            "/admin/departments",
            data={
                "csrf_token": admin.csrf,
                "id": "370211-ngo",
                "name": "区红十字会",
                "type": "social_organisation",
                "region": "370211",
                "integration_mode": "callback",
                "callback_url": "https://ngo.test/hook",
            },
        )
        assert "whsec_" in created.text and "ymp_" in created.text and "只显示这一次" in created.text
        assert "whsec_" not in admin.get("/admin/departments").text
        assert supervisor.get("/admin/departments").status_code == 403


class TestEmergencyPage:
    def test_window_records_aid_and_completes_paperwork(self, web, client):
        slip = submit(client, emergency=True)["slips"][0]
        browser = web("window_hd")
        page = browser.post(
            f"/slips/{slip['id']}/emergency",
            data={
                "csrf_token": browser.csrf,
                "action": "aid",
                "given_by": "黄岛街道民政办 孙丽",
                "what": "临时生活救助金",
                "amount": "800.00",
            },
        )
        assert "已登记先行救助" in page.text and "800.00" in page.text
        bad = browser.post(
            f"/slips/{slip['id']}/emergency",
            data={
                "csrf_token": browser.csrf,
                "action": "aid",
                "given_by": "x",
                "what": "y",
                "amount": "1.234",
            },
        )
        assert "未能登记" in bad.text
        done = browser.post(
            f"/slips/{slip['id']}/emergency", data={"csrf_token": browser.csrf, "action": "paperwork"}
        )
        assert "已登记手续补齐" in done.text and "手续已补齐</button>" not in done.text
