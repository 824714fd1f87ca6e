"""Apply (or check) every service's migrations: `python -m migrations.migrate [upgrade|check|revision -m MSG SERVICE]`."""

import sys
from pathlib import Path

from alembic import command
from alembic.config import Config

SERVICES = ("intake", "eligibility", "transfer")
INI = Path(__file__).with_name("alembic.ini")


def config(service: str, url: str | None = None, connection=None) -> Config:
    cfg = Config(str(INI), ini_section=service)
    if url:
        cfg.attributes["url"] = url
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def upgrade_all() -> None:
    for service in SERVICES:
        command.upgrade(config(service), "head")
        print(f"{service}: migrated to head")


if __name__ == "__main__":
    args = sys.argv[1:] or ["upgrade"]
    if args[0] == "upgrade":
        upgrade_all()
    elif args[0] == "revision":
        # python -m migrations.migrate revision "message" intake
        command.revision(config(args[2]), message=args[1], autogenerate=True)
    else:
        raise SystemExit(__doc__)
