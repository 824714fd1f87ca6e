"""Load the eligibility demo data (idempotent): `python -m services.eligibility.demo`."""

from services.common.db import Database
from services.eligibility.settings import EligibilitySettings


def load_demo(db: Database) -> dict[str, int]:
    with db.session():
        return {}


if __name__ == "__main__":
    settings = EligibilitySettings()
    if not settings.platform.is_demo:
        raise SystemExit("demo data is only loaded in demo mode (YIMEN_MODE=demo)")
    print("eligibility demo data:", load_demo(Database(settings.database_url)))
