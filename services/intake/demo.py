"""Load the intake demo data (idempotent): `python -m services.intake.demo`."""

from services.common.db import Database
from services.intake.accounts.service import seed_demo_accounts
from services.intake.settings import IntakeSettings


def load_demo(db: Database) -> dict[str, int]:
    with db.session() as session:
        return {"accounts": seed_demo_accounts(session=session)}


if __name__ == "__main__":
    settings = IntakeSettings()
    if not settings.platform.is_demo:
        raise SystemExit("demo data is only loaded in demo mode (YIMEN_MODE=demo)")
    print("intake demo data:", load_demo(Database(settings.database_url)))
