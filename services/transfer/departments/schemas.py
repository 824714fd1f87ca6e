"""Department directory schemas."""

from typing import Literal

from pydantic import BaseModel, Field, HttpUrl

from services.common.vocabulary import DepartmentType
from services.transfer.timefmt import UtcDateTime

Mode = Literal["web", "callback"]
REGION_PATTERN = r"^\d{6}(\d{3})?$"


class DepartmentCreate(BaseModel):
    """A new receiver in the directory (administrator)."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]{1,63}$", examples=["370211-education"])
    name: str = Field(min_length=1, max_length=100, examples=["区教育局"])
    type: DepartmentType
    region: str = Field(pattern=REGION_PATTERN, examples=["370211"])
    is_window: bool = False
    integration_mode: Mode = "web"
    callback_url: HttpUrl | None = None
    handler_a: str = Field(default="", max_length=64)
    handler_b: str = Field(default="", max_length=64)
    head_name: str = Field(default="", max_length=64)
    phone: str = Field(default="", max_length=32)


class DepartmentUpdate(BaseModel):
    """Fields an administrator may change; `callback_disabled: false` re-enables a disabled endpoint."""

    name: str | None = Field(default=None, min_length=1, max_length=100)
    integration_mode: Mode | None = None
    callback_url: HttpUrl | None = None
    handler_a: str | None = Field(default=None, max_length=64)
    handler_b: str | None = Field(default=None, max_length=64)
    a_away: bool | None = None
    head_name: str | None = Field(default=None, max_length=64)
    phone: str | None = Field(default=None, max_length=32)
    active: bool | None = None
    callback_disabled: bool | None = None


class SecretInfo(BaseModel):
    """A signing secret as listed: never the secret itself."""

    hint: str
    created_at: UtcDateTime
    expires_at: UtcDateTime | None


class DepartmentEntry(BaseModel):
    """A department as every staff member sees it: who it is and how it receives slips; no endpoint or
    handlers (those are for administrators and the department itself, `DepartmentPublic`)."""

    id: str = Field(examples=["370211-education"])
    name: str = Field(examples=["区教育局"])
    type: DepartmentType
    type_name: str = Field(examples=["教育"])
    region: str = Field(examples=["370211"])
    region_name: str = Field(examples=["黄岛区"])
    is_window: bool
    integration_mode: Mode
    head_name: str
    phone: str
    active: bool


class DepartmentPublic(BaseModel):
    """A department as administrators and the department itself see it (no secrets)."""

    id: str = Field(examples=["370211-education"])
    name: str = Field(examples=["区教育局"])
    type: DepartmentType
    type_name: str = Field(examples=["教育"])
    region: str = Field(examples=["370211"])
    region_name: str = Field(examples=["黄岛区"])
    is_window: bool
    integration_mode: Mode
    callback_url: str | None
    callback_disabled: bool
    handler_a: str
    handler_b: str
    a_away: bool
    current_handler: str
    head_name: str
    phone: str
    active: bool
    signing_secrets: list[SecretInfo] = []
    client_token_prefix: str | None = None
    open_alerts: list[str] = []

    def entry(self) -> DepartmentEntry:
        """The subset every staff member may read."""
        return DepartmentEntry.model_validate(self.model_dump(include=set(DepartmentEntry.model_fields)))


class DepartmentCreated(DepartmentPublic):
    """Answer to creation: a callback department's secret and token appear here once, never again."""

    signing_secret: str | None = None
    client_token: str | None = None


class RotateSecret(BaseModel):
    """How long the old secret keeps signing alongside the new one."""

    overlap_hours: int | None = Field(default=None, ge=0, le=24 * 30)


class SecretRotated(BaseModel):
    """The new whsec_ secret, shown once."""

    signing_secret: str = Field(examples=["whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"])
    hint: str
    previous_valid_until: UtcDateTime | None


class TokenIssued(BaseModel):
    """The new partner token, shown once; earlier tokens are revoked."""

    client_token: str = Field(examples=["ymp_3q2v…"])
    prefix: str = Field(examples=["ymp_3q2v"])


DepartmentView = DepartmentPublic | DepartmentEntry
