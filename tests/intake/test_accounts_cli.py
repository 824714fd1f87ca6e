"""Creating the first admin of a production install, then logging in with it."""

import pytest

from services.common.errors import Conflict, Invalid
from services.common.settings import PlatformSettings
from services.intake.accounts.service import create_account, login


class TestCreateAccount:
    def test_created_admin_can_log_in(self, intake_db, clock):
        with intake_db.session() as session:
            create_account(
                session=session,
                username="ops_admin",
                display_name="运维管理员",
                role="admin",
                region="370211",
                password="a-long-private-pass",
            )
        answer = login(
            db=intake_db,
            platform=PlatformSettings(),
            username="ops_admin",
            password="a-long-private-pass",
            client="192.0.2.1",
            now=clock.now(),
        )
        assert answer.account.role == "admin" and answer.access_token

    @pytest.mark.parametrize(
        "field,kwargs",
        [
            ("role", {"role": "root"}),
            ("region", {"region": "999999"}),
            ("password", {"password": "short"}),
        ],
    )
    def test_bad_input_names_the_field(self, intake_db, field, kwargs):
        values = (
            dict(
                username="x_admin",
                display_name="某",
                role="admin",
                region="370211",
                password="a-long-private-pass",
            )
            | kwargs
        )
        with intake_db.session() as session, pytest.raises(Invalid) as err:
            create_account(session=session, **values)
        assert err.value.field == field

    def test_duplicate_username_is_a_conflict(self, intake_db):
        values = dict(
            username="dup_admin",
            display_name="某",
            role="admin",
            region="370211",
            password="a-long-private-pass",
        )
        with intake_db.session() as session:
            create_account(session=session, **values)
            with pytest.raises(Conflict):
                create_account(session=session, **values)

    def test_cli_creates_the_account_in_the_configured_database(self, tmp_path, monkeypatch, capsys):
        from alembic import command

        from migrations.migrate import config
        from services.intake.accounts import cli

        url = f"sqlite:///{tmp_path / 'intake.db'}"
        command.upgrade(config("intake", url=url), "head")
        monkeypatch.setenv("YIMEN_INTAKE_DATABASE_URL", url)
        monkeypatch.setenv("YIMEN_NEW_PASSWORD", "a-long-private-pass")
        assert (
            cli.main(
                [
                    "create",
                    "--username",
                    "first_admin",
                    "--name",
                    "首任管理员",
                    "--role",
                    "admin",
                    "--region",
                    "370211",
                ]
            )
            == 0
        )
        assert (
            cli.main(
                [
                    "create",
                    "--username",
                    "first_admin",
                    "--name",
                    "首任管理员",
                    "--role",
                    "admin",
                    "--region",
                    "370211",
                ]
            )
            == 2
        )
        assert "已存在" in capsys.readouterr().err
