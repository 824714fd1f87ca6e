"""The intake service's own table base: its tables live in its own metadata and database."""

from sqlmodel import SQLModel

from services.common.db import new_registry


class IntakeTable(SQLModel, registry=new_registry()):
    """Base of every intake table (inherit with table=True)."""


metadata = IntakeTable.metadata
