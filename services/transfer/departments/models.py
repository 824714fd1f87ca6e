"""The directory of receiving departments, their webhook signing secrets and partner client tokens."""

from datetime import datetime

from sqlmodel import Field

from services.common.clock import utcnow
from services.transfer.base import TransferTable

MODES = ("web", "callback")


class Department(TransferTable, table=True):
    """A receiver of slips: a town office, a window, a district bureau or a social organisation."""

    __tablename__ = "department"

    id: str = Field(primary_key=True, max_length=64)
    name: str = Field(max_length=100)
    type: str = Field(max_length=32, index=True)
    region: str = Field(max_length=12, index=True)
    # a social-assistance window (town or district) rather than a handling office
    is_window: bool = False
    integration_mode: str = Field(default="web", max_length=16)
    callback_url: str | None = Field(default=None, max_length=500)
    # set after persistent delivery failure; an administrator re-enables it
    callback_disabled: bool = False
    handler_a: str = Field(default="", max_length=64)
    handler_b: str = Field(default="", max_length=64)
    a_away: bool = False
    head_name: str = Field(default="", max_length=64)
    phone: str = Field(default="", max_length=32)
    active: bool = True
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)

    @property
    def current_handler(self) -> str:
        """AB岗: when A is away, B gets the work."""
        return self.handler_b if self.a_away and self.handler_b else self.handler_a


class SigningSecret(TransferTable, table=True):
    """A Standard Webhooks secret (encrypted at rest); after rotation the old one signs until expires_at."""

    __tablename__ = "signing_secret"

    id: int | None = Field(default=None, primary_key=True)
    department_id: str = Field(foreign_key="department.id", index=True, max_length=64)
    secret_encrypted: str = Field(max_length=500)
    hint: str = Field(max_length=16)  # last characters, to tell secrets apart without revealing them
    created_at: datetime = Field(default_factory=utcnow)
    expires_at: datetime | None = None


class PartnerToken(TransferTable, table=True):
    """A partner system's bearer token for calling us back; only its SHA-256 is stored."""

    __tablename__ = "partner_token"

    id: int | None = Field(default=None, primary_key=True)
    department_id: str = Field(foreign_key="department.id", index=True, max_length=64)
    token_hash: str = Field(max_length=64, unique=True)
    prefix: str = Field(max_length=16)
    created_at: datetime = Field(default_factory=utcnow)
    revoked_at: datetime | None = None
