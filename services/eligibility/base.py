"""The eligibility service's own table base: its tables live in its own metadata and database."""

from sqlmodel import SQLModel

from services.common.db import new_registry


class EligibilityTable(SQLModel, registry=new_registry()):
    """Base of every eligibility table (inherit with table=True)."""


metadata = EligibilityTable.metadata
