"""The transfer service's own table base: its tables live in its own metadata and database."""

from sqlmodel import SQLModel

from services.common.db import new_registry


class TransferTable(SQLModel, registry=new_registry()):
    """Base of every transfer table (inherit with table=True)."""


metadata = TransferTable.metadata
