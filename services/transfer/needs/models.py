"""Needs no department covers, published to social organisations (社会力量参与) without personal data."""

from datetime import datetime

from sqlalchemy import Text
from sqlmodel import Field

from services.common.clock import utcnow
from services.transfer.base import TransferTable


class PublishedNeed(TransferTable, table=True):
    """A case's need offered to registered charities and volunteer organisations; one takes it up."""

    __tablename__ = "published_need"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="transfer_case.case_id", index=True)
    region: str = Field(max_length=12, index=True)  # the window's region: the town the need is in
    title: str = Field(max_length=100)
    description: str = Field(sa_type=Text)  # checked for personal data before it is stored
    status: str = Field(default="open", max_length=16, index=True)  # NeedStatus
    published_by: str = Field(max_length=64)
    published_at: datetime = Field(default_factory=utcnow)
    taken_by: str | None = Field(default=None, foreign_key="department.id", max_length=64, index=True)
    taken_at: datetime | None = None
    slip_id: int | None = Field(default=None, foreign_key="slip.id")
