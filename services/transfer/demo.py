"""Load the transfer demo data (idempotent): `python -m services.transfer.demo`."""

from services.common.db import Database
from services.transfer.settings import TransferSettings


def load_demo(db: Database) -> dict[str, int]:
    with db.session():
        return {}


if __name__ == "__main__":
    settings = TransferSettings()
    if not settings.platform.is_demo:
        raise SystemExit("demo data is only loaded in demo mode (YIMEN_MODE=demo)")
    print("transfer demo data:", load_demo(Database(settings.database_url)))
