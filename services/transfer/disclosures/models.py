"""Objections to the public disclosure (公示异议) lodged online, tracked until staff answer them."""

from datetime import datetime

from sqlalchemy import Text
from sqlmodel import Field

from services.common.clock import utcnow
from services.transfer.base import TransferTable


class PublicObjection(TransferTable, table=True):
    """One objection from the public about a disclosed grant (or a street's list); answered by staff."""

    __tablename__ = "public_objection"

    id: int | None = Field(default=None, primary_key=True)
    grant_id: int | None = Field(default=None, foreign_key="grant_record.id", index=True)
    street: str = Field(max_length=12, index=True)  # whose staff answer it
    content: str = Field(sa_type=Text)
    contact: str = Field(max_length=64)  # how to reach the objector; never shown publicly
    received_at: datetime = Field(default_factory=utcnow)
    reply: str | None = Field(default=None, sa_type=Text)
    replied_by: str | None = Field(default=None, max_length=64)
    replied_at: datetime | None = None
