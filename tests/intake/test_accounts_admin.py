"""Account administration over the API (the web 账号管理 page): list, create, change role/region, stop,
reset the password; only an administrator, never locking themself out, the password policy kept."""

from services.intake.accounts.service import seed_demo_accounts
from tests.intake.conftest import ADMIN, WINDOW

NEW = {
    "username": "window_wt",
    "display_name": "刘芳",
    "role": "window_staff",
    "region": "370211005",
    "password": "wangtai-window-desk-7",
}


def login(client, username, password):
    return client.post("/v1/auth/token", json={"username": username, "password": password})


class TestCreateAndList:
    def test_admin_creates_an_account_that_can_log_in(self, client):
        answer = client.post("/v1/auth/accounts", json=NEW, headers=ADMIN)
        assert answer.status_code == 201, answer.text
        assert answer.json()["region_name"] == "王台镇" and answer.json()["active"] is True
        assert login(client, "window_wt", NEW["password"]).status_code == 200
        names = [a["username"] for a in client.get("/v1/auth/accounts", headers=ADMIN).json()]
        assert "window_wt" in names

    def test_weak_password_duplicate_and_unknown_region_are_refused(self, client):
        assert (
            client.post(
                "/v1/auth/accounts", json={**NEW, "password": "123456789012"}, headers=ADMIN
            ).status_code
            == 422
        )
        assert (
            client.post("/v1/auth/accounts", json={**NEW, "region": "999999"}, headers=ADMIN).status_code
            == 422
        )
        assert (
            client.post("/v1/auth/accounts", json={**NEW, "role": "root"}, headers=ADMIN).status_code == 422
        )
        assert client.post("/v1/auth/accounts", json=NEW, headers=ADMIN).status_code == 201
        again = client.post("/v1/auth/accounts", json=NEW, headers=ADMIN)
        assert again.status_code == 409 and again.json()["field"] == "username"

    def test_only_an_administrator(self, client):
        assert client.get("/v1/auth/accounts", headers=WINDOW).status_code == 403
        assert client.post("/v1/auth/accounts", json=NEW, headers=WINDOW).status_code == 403
        assert client.get("/v1/auth/accounts").status_code == 401


class TestChange:
    def test_role_region_and_stop(self, client):
        client.post("/v1/auth/accounts", json=NEW, headers=ADMIN)
        changed = client.patch(
            "/v1/auth/accounts/window_wt", json={"role": "supervisor", "region": "370211"}, headers=ADMIN
        )
        assert changed.status_code == 200 and changed.json()["role"] == "supervisor"
        assert changed.json()["display_name"] == "刘芳"  # left out: unchanged
        stopped = client.patch("/v1/auth/accounts/window_wt", json={"active": False}, headers=ADMIN)
        assert stopped.json()["active"] is False
        assert login(client, "window_wt", NEW["password"]).status_code == 401

    def test_reset_password(self, client):
        client.post("/v1/auth/accounts", json=NEW, headers=ADMIN)
        new = "a-fresh-wangtai-pass"
        assert (
            client.post(
                "/v1/auth/accounts/window_wt/password", json={"password": "short"}, headers=ADMIN
            ).status_code
            == 422
        )
        assert (
            client.post(
                "/v1/auth/accounts/window_wt/password", json={"password": new}, headers=ADMIN
            ).status_code
            == 204
        )
        assert login(client, "window_wt", NEW["password"]).status_code == 401
        assert login(client, "window_wt", new).status_code == 200

    def test_admin_cannot_stop_or_demote_themself(self, client, intake_db):
        with intake_db.session() as session:
            seed_demo_accounts(session=session)
        for change in ({"active": False}, {"role": "window_staff"}):
            answer = client.patch("/v1/auth/accounts/admin", json=change, headers=ADMIN)
            assert answer.status_code == 409, change
        assert (
            client.patch("/v1/auth/accounts/nobody", json={"active": False}, headers=ADMIN).status_code == 404
        )
