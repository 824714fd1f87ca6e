"""Identity hardening: login lockout with back-off, equal answer times, logout revocation, demo accounts
refused in production, the password policy, and anonymous complaints rate-limited."""

from datetime import timedelta

import pytest
from sqlalchemy import event

from services.common.auth import verify_password
from services.common.errors import Invalid
from services.common.settings import PlatformSettings
from services.intake.accounts import cli
from services.intake.accounts.service import (
    ACCOUNT_LOCK_AFTER,
    ADDRESS_LOCK_AFTER,
    DEMO_ACCOUNTS,
    DEMO_PASSWORD,
    create_account,
    seed_demo_accounts,
    set_active,
)
from services.intake.app import create_app
from services.intake.people.service import COMPLAINTS_PER_ADDRESS
from services.intake.settings import IntakeSettings
from tests.intake.conftest import SERVICE

GOOD_SECRET = "0123456789abcdef" * 4
PASSWORD = "a-long-private-pass"


@pytest.fixture
def account(intake_db):
    with intake_db.session() as session:
        create_account(
            session=session,
            username="ops_admin",
            display_name="运维管理员",
            role="admin",
            region="370211",
            password=PASSWORD,
        )
    return "ops_admin"


def _login(client, username, password, headers=None):
    return client.post("/v1/auth/token", json={"username": username, "password": password}, headers=headers)


class TestLockout:
    def test_right_password_after_five_wrong_ones_is_429_with_retry_after(self, client, account):
        # the review's finding: 50 wrong passwords then the right one answered 200
        for _ in range(ACCOUNT_LOCK_AFTER):
            assert _login(client, account, "wrong-password").status_code == 401
        locked = _login(client, account, PASSWORD)
        assert locked.status_code == 429
        assert locked.headers["content-type"].startswith("application/problem+json")
        assert 0 < int(locked.headers["retry-after"]) <= 60
        assert locked.json()["field"] == "username"

    def test_lock_expires_then_each_further_failure_doubles_it(self, client, account, clock):
        for _ in range(ACCOUNT_LOCK_AFTER):
            _login(client, account, "wrong-password")
        clock.advance(timedelta(seconds=61))
        assert _login(client, account, "wrong-password").status_code == 401  # counted, locks 2 minutes
        assert int(_login(client, account, PASSWORD).headers["retry-after"]) == 120
        clock.advance(timedelta(seconds=121))
        assert _login(client, account, PASSWORD).status_code == 200

    def test_success_clears_the_account_count(self, client, account):
        for _ in range(ACCOUNT_LOCK_AFTER - 1):
            _login(client, account, "wrong-password")
        assert _login(client, account, PASSWORD).status_code == 200
        for _ in range(ACCOUNT_LOCK_AFTER - 1):
            assert _login(client, account, "wrong-password").status_code == 401
        assert _login(client, account, PASSWORD).status_code == 200

    def test_unknown_user_is_answered_like_a_known_one(self, client, account):
        answers = [_login(client, "nobody_here", "wrong-password").status_code for _ in range(6)]
        assert answers == [401] * ACCOUNT_LOCK_AFTER + [429]

    def test_one_address_trying_many_accounts_is_locked(self, client, account):
        # the web front reports the browser's address; one address spraying usernames gets locked
        browser = dict(SERVICE, **{"X-Forwarded-For": "203.0.113.7"})
        for i in range(ADDRESS_LOCK_AFTER):
            assert _login(client, f"guess_{i}", "wrong-password", browser).status_code == 401
        assert _login(client, account, PASSWORD, browser).status_code == 429
        other = dict(SERVICE, **{"X-Forwarded-For": "203.0.113.8"})
        assert _login(client, account, PASSWORD, other).status_code == 200

    def test_lock_is_shared_by_every_replica(self, intake_db, fakes, account, make_client):
        eligibility, transfer = fakes
        settings = IntakeSettings(database_url="sqlite://", run_workers=False)
        one, two = (
            make_client(
                create_app(settings=settings, db=intake_db, eligibility=eligibility, transfer=transfer)
            )
            for _ in range(2)
        )
        for _ in range(ACCOUNT_LOCK_AFTER):
            _login(one, account, "wrong-password")
        assert _login(two, account, PASSWORD).status_code == 429


class TestAnswerTime:
    def test_unknown_user_costs_a_password_check_too(self, client, account, monkeypatch):
        # before: 0.04 s for an unknown user against 2.8 s for a known one told who exists. Asserted as
        # the work done, not by a stopwatch: one verification against a hash of the same cost either way
        from services.intake.accounts import service as accounts

        checked = []

        def counting(stored_hash, password):
            checked.append(stored_hash.rsplit("$", 2)[0])  # algorithm, version and cost parameters
            return verify_password(stored_hash, password)

        monkeypatch.setattr(accounts, "verify_password", counting)
        assert _login(client, account, "wrong-password").status_code == 401
        assert _login(client, "ghost_user", "wrong-password").status_code == 401
        assert len(checked) == 2 and checked[0] == checked[1], checked


class TestLogout:
    def test_logout_revokes_only_that_token(self, client, account):
        first = _login(client, account, PASSWORD).json()["access_token"]
        second = _login(client, account, PASSWORD).json()["access_token"]
        bearer = {"Authorization": f"Bearer {first}"}
        assert client.post("/v1/auth/logout", headers=bearer).status_code == 204
        refused = client.get("/v1/auth/me", headers=bearer)
        assert refused.status_code == 401 and "注销" in refused.json()["detail"]
        assert client.get("/v1/applications", headers=bearer).status_code == 401
        assert client.get("/v1/auth/me", headers={"Authorization": f"Bearer {second}"}).status_code == 200

    def test_logout_twice_is_harmless(self, client, account):
        bearer = {"Authorization": f"Bearer {_login(client, account, PASSWORD).json()['access_token']}"}
        assert client.post("/v1/auth/logout", headers=bearer).status_code == 204
        assert client.post("/v1/auth/logout", headers=bearer).status_code == 401

    def test_logout_in_another_process_is_refused_within_the_window(
        self, client, account, intake_db, fakes, make_client, monkeypatch
    ):
        """Revoked ids are held in memory: a second process (another replica on the same database) sees
        a logout made elsewhere once its set is older than REVOCATION_REFRESH_SECONDS, and not before."""
        from services.intake.accounts import service as accounts

        other_app = create_app(
            settings=IntakeSettings(database_url="sqlite://", run_workers=False),
            db=intake_db,
            eligibility=fakes[0],
            transfer=fakes[1],
        )
        other = make_client(other_app)
        token = _login(client, account, PASSWORD).json()["access_token"]
        bearer = {"Authorization": f"Bearer {token}"}
        assert other.get("/v1/auth/me", headers=bearer).status_code == 200  # the other process read its set
        assert client.post("/v1/auth/logout", headers=bearer).status_code == 204
        assert client.get("/v1/auth/me", headers=bearer).status_code == 401  # this process: at once
        now = accounts.time.monotonic()
        monkeypatch.setattr(accounts.time, "monotonic", lambda: now + 0.5)
        assert other.get("/v1/auth/me", headers=bearer).status_code == 200  # inside the window
        monkeypatch.setattr(
            accounts.time, "monotonic", lambda: now + accounts.REVOCATION_REFRESH_SECONDS + 0.1
        )
        refused = other.get("/v1/auth/me", headers=bearer)
        assert refused.status_code == 401 and "注销" in refused.json()["detail"]

    def test_a_request_with_a_fresh_set_runs_no_query_for_revocation(self, client, account, intake_db):
        bearer = {"Authorization": f"Bearer {_login(client, account, PASSWORD).json()['access_token']}"}
        assert client.get("/v1/auth/me", headers=bearer).status_code == 200
        statements = []

        def count(*_args):
            statements.append(1)

        event.listen(intake_db.engine, "before_cursor_execute", count)
        try:
            assert client.get("/v1/auth/me", headers=bearer).status_code == 200
        finally:
            event.remove(intake_db.engine, "before_cursor_execute", count)
        assert statements == []


class TestDemoAccountsInProduction:
    def _production(self):
        return IntakeSettings(
            database_url="sqlite://",
            run_workers=False,
            platform=PlatformSettings(mode="production", auth_secret=GOOD_SECRET),
        )

    def test_production_refuses_to_start_and_says_what_to_do(self, intake_db, fakes):
        with intake_db.session() as session:
            seed_demo_accounts(session=session)
        with pytest.raises(RuntimeError, match="window_hd.*cli deactivate"):
            create_app(settings=self._production(), db=intake_db, eligibility=fakes[0], transfer=fakes[1])

    def test_starts_once_every_demo_account_is_deactivated(self, intake_db, fakes):
        with intake_db.session() as session:
            seed_demo_accounts(session=session)
            for name, *_ in DEMO_ACCOUNTS:  # every demo login, whatever the demo grows to
                set_active(session=session, username=name, active=False)
        app = create_app(settings=self._production(), db=intake_db, eligibility=fakes[0], transfer=fakes[1])
        assert app.state.settings.platform.mode == "production"


class TestPasswordPolicy:
    @pytest.mark.parametrize(
        "password",
        [
            DEMO_PASSWORD,
            "YIMEN-DEMO-2026",
            "password1234",
            "Password2026!",
            "qwertyuiop123",
            "1qaz2wsx3edc",
            "aaaaaaaaaaaaab",
        ],
    )
    def test_demo_and_common_passwords_are_refused(self, intake_db, password):
        with intake_db.session() as session, pytest.raises(Invalid) as err:
            create_account(
                session=session,
                username="new_admin",
                display_name="某",
                role="admin",
                region="370211",
                password=password,
            )
        assert err.value.field == "password"

    def test_password_containing_the_username_is_refused(self, intake_db):
        with intake_db.session() as session, pytest.raises(Invalid, match="用户名"):
            create_account(
                session=session,
                username="zhangwei",
                display_name="张伟",
                role="admin",
                region="370211",
                password="zhangwei-is-me-2026",
            )

    def test_cli_refuses_the_demo_password(self, tmp_path, monkeypatch, capsys):
        from alembic import command

        from migrations.migrate import config

        url = f"sqlite:///{tmp_path / 'intake.db'}"
        command.upgrade(config("intake", url=url), "head")
        monkeypatch.setenv("YIMEN_INTAKE_DATABASE_URL", url)
        monkeypatch.setenv("YIMEN_NEW_PASSWORD", DEMO_PASSWORD)
        args = [
            "create",
            "--username",
            "first_admin",
            "--name",
            "管理员",
            "--role",
            "admin",
            "--region",
            "370211",
        ]
        assert cli.main(args) == 2
        assert "演示密码" in capsys.readouterr().err
        monkeypatch.setenv("YIMEN_NEW_PASSWORD", PASSWORD)
        assert cli.main(args) == 0
        assert cli.main(["deactivate", "--username", "first_admin"]) == 0
        assert "deactivated first_admin" in capsys.readouterr().out


class TestAnonymousComplaints:
    BODY = {"region": "370211001", "content": "窗口工作人员态度不好"}

    def test_one_address_is_limited_with_retry_after(self, client):
        for _ in range(COMPLAINTS_PER_ADDRESS):
            assert client.post("/v1/public/complaints", json=self.BODY).status_code == 201
        limited = client.post("/v1/public/complaints", json=self.BODY)
        assert limited.status_code == 429 and int(limited.headers["retry-after"]) > 0
        # invented forwarded addresses do not help a direct caller
        spoofed = client.post(
            "/v1/public/complaints", json=self.BODY, headers={"X-Forwarded-For": "10.1.1.1"}
        )
        assert spoofed.status_code == 429
        # another browser behind the web front is not affected
        other = dict(SERVICE, **{"X-Forwarded-For": "198.51.100.4"})
        assert client.post("/v1/public/complaints", json=self.BODY, headers=other).status_code == 201
