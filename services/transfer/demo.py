"""Load the transfer demo data (idempotent): `python -m services.transfer.demo`."""

from services.common.db import Database
from services.transfer.departments.service import seed_demo_departments
from services.transfer.procedure.demo import seed_demo_procedure
from services.transfer.settings import TransferSettings


def load_demo(db: Database) -> dict[str, int]:
    """The department directory of docs/contracts.md (all in web mode: staff use the inbox)."""
    with db.session() as session:
        return {
            "departments": seed_demo_departments(session=session),
            "procedure": seed_demo_procedure(session=session),
        }


if __name__ == "__main__":
    settings = TransferSettings()
    if not settings.platform.is_demo:
        raise SystemExit("demo data is only loaded in demo mode (YIMEN_MODE=demo)")
    print("transfer demo data:", load_demo(Database(settings.database_url)))
