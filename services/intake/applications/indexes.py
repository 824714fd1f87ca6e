"""Indexes the ledger, the overdue list, search and statistics read by at a million cases.

Declared here, beside the tables they serve (so alembic sees them), instead of in the table classes.
"""

from sqlalchemy import Index

from services.common.vocabulary import ApplicationStatus
from services.intake.applications.models import Application, ApplicationItem

CLOCK = (ApplicationStatus.ACCEPTED.value, ApplicationStatus.IN_PROGRESS.value)  # deadlines.CLOCK_STATUSES
_app = Application.__table__
_running = _app.c.status.in_(CLOCK)

# a street's ledger, newest first: walk (window_region = street) in id order, any page depth
Index("ix_application_region_id", _app.c.window_region, _app.c.id)
# overdue and near due: only cases whose clock runs (a few percent of all) are in it
Index(
    "ix_application_running_due",
    _app.c.due_date,
    _app.c.window_region,
    postgresql_where=_running,
    sqlite_where=_running,
)
# the overdue ledger: a street's running-clock cases in id order, the due date in the index
Index(
    "ix_application_running_region_id",
    _app.c.window_region,
    _app.c.id,
    _app.c.due_date,
    postgresql_where=_running,
    sqlite_where=_running,
)
# statistics' overdue count: a year's running-clock cases by town without reading the table
Index(
    "ix_application_running_received",
    _app.c.received_date,
    _app.c.window_region,
    _app.c.due_date,
    postgresql_where=_running,
    sqlite_where=_running,
)
# a period's cases by town without reading the table (statistics read case_tally now)
Index("ix_application_received_region", _app.c.received_date, _app.c.window_region, _app.c.status)
# look-up by phone number (台账 q=电话)
Index("ix_application_phone", _app.c.phone)
# partial case number and name search: trigram GIN on PostgreSQL (an ordinary index on SQLite)
Index(
    "ix_application_case_number_trgm",
    _app.c.case_number,
    postgresql_using="gin",
    postgresql_ops={"case_number": "gin_trgm_ops"},
)
Index(
    "ix_application_name_trgm",
    _app.c.applicant_name,
    postgresql_using="gin",
    postgresql_ops={"applicant_name": "gin_trgm_ops"},
)
# ledger filter by item: the item's cases without reading every item row
Index(
    "ix_application_item_code_application",
    ApplicationItem.__table__.c.item_code,
    ApplicationItem.__table__.c.application_id,
)
