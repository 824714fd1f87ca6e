"""Staff accounts from the command line (the first admin of a production install, demo accounts left behind):

    python -m services.intake.accounts.cli create --username admin --name 管理员 --role admin --region 370211
    python -m services.intake.accounts.cli set-password --username admin
    python -m services.intake.accounts.cli deactivate --username window_hd

A password is read from the YIMEN_NEW_PASSWORD environment variable or asked for without echo,
never taken as an argument (it would land in the shell history and the process list). It must pass
the policy: 12+ characters, not the demo password, not a common password, not the username.
"""

import argparse
import getpass
import os
import sys

from services.common.auth import STAFF_ROLES
from services.common.db import Database
from services.common.errors import ProblemError
from services.intake.accounts.service import create_account, set_active, set_password
from services.intake.settings import IntakeSettings


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m services.intake.accounts.cli")
    sub = parser.add_subparsers(dest="command", required=True)
    create = sub.add_parser("create", help="create a staff account")
    create.add_argument("--username", required=True)
    create.add_argument("--name", required=True, help="display name (Chinese)")
    create.add_argument("--role", required=True, choices=STAFF_ROLES)
    create.add_argument("--region", required=True, help="region code, e.g. 370211 or 370211001")
    create.add_argument("--department-id", default=None)
    for command, text in (
        ("set-password", "give an account a new password"),
        ("deactivate", "stop an account"),
    ):
        sub.add_parser(command, help=text).add_argument("--username", required=True)
    return parser


def _password() -> str:
    return os.environ.get("YIMEN_NEW_PASSWORD") or getpass.getpass("新密码（至少 12 位）: ")


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    password = _password() if args.command in ("create", "set-password") else ""
    db = Database(IntakeSettings().database_url)
    try:
        with db.session() as session:
            if args.command == "create":
                create_account(
                    session=session,
                    username=args.username,
                    display_name=args.name,
                    role=args.role,
                    region=args.region,
                    password=password,
                    department_id=args.department_id,
                )
                done = f"created {args.role} account {args.username}"
            elif args.command == "set-password":
                set_password(session=session, username=args.username, password=password)
                done = f"new password set for {args.username}"
            else:
                set_active(session=session, username=args.username, active=False)
                done = f"deactivated {args.username}"
    except ProblemError as exc:
        print(f"error: {exc.detail}", file=sys.stderr)
        return 2
    print(done)
    return 0


if __name__ == "__main__":
    sys.exit(main())
