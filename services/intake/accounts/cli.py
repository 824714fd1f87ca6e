"""Create a staff account from the command line (the first admin of a production install):

    python -m services.intake.accounts.cli create --username admin --name 管理员 --role admin --region 370211

The password is read from the YIMEN_NEW_PASSWORD environment variable or asked for without echo,
never taken as an argument (it would land in the shell history and the process list).
"""

import argparse
import getpass
import os
import sys

from services.common.auth import STAFF_ROLES
from services.common.db import Database
from services.common.errors import ProblemError
from services.intake.accounts.service import create_account
from services.intake.settings import IntakeSettings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m services.intake.accounts.cli")
    sub = parser.add_subparsers(dest="command", required=True)
    create = sub.add_parser("create", help="create a staff account")
    create.add_argument("--username", required=True)
    create.add_argument("--name", required=True, help="display name (Chinese)")
    create.add_argument("--role", required=True, choices=STAFF_ROLES)
    create.add_argument("--region", required=True, help="region code, e.g. 370211 or 370211001")
    create.add_argument("--department-id", default=None)
    args = parser.parse_args(argv)
    password = os.environ.get("YIMEN_NEW_PASSWORD") or getpass.getpass("新密码（至少 12 位）: ")
    db = Database(IntakeSettings().database_url)
    try:
        with db.session() as session:
            create_account(
                session=session,
                username=args.username,
                display_name=args.name,
                role=args.role,
                region=args.region,
                password=password,
                department_id=args.department_id,
            )
    except ProblemError as exc:
        print(f"error: {exc.detail}", file=sys.stderr)
        return 2
    print(f"created {args.role} account {args.username}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
