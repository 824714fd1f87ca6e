"""Login and account schemas."""

from pydantic import BaseModel, Field

from services.common.vocabulary import Role
from services.intake.text import Body


class TokenRequest(Body):
    """Username and password in exchange for a bearer token."""

    username: str = Field(min_length=1, max_length=64, examples=["window_hd"])
    password: str = Field(min_length=1, max_length=200, examples=["yimen-demo-2026"])


class AccountPublic(BaseModel):
    """What others may know of an account."""

    username: str = Field(examples=["window_hd"])
    display_name: str = Field(examples=["王晓燕"])
    role: Role
    region: str = Field(examples=["370211001"])
    region_name: str = Field(examples=["黄岛街道"])
    department_id: str | None = Field(default=None, examples=[None])


class TokenResponse(BaseModel):
    """A bearer token and whose it is."""

    access_token: str = Field(examples=["ym1.eyJzdWIiOiJ3aW5kb3dfaGQifQ.c2lnbmF0dXJl"])
    token_type: str = "bearer"
    expires_in: int = Field(description="有效秒数", examples=[28800])
    account: AccountPublic


class AccountAdminView(AccountPublic):
    """An account as the accounts administrator sees it."""

    active: bool


class AccountCreate(Body):
    """A new staff account (the first admin of an install comes from the CLI)."""

    username: str = Field(
        min_length=2, max_length=64, pattern=r"^[a-z][a-z0-9_.-]{1,63}$", examples=["window_wt"]
    )
    display_name: str = Field(min_length=1, max_length=64, examples=["刘芳"])
    role: Role = Field(examples=["window_staff"])
    region: str = Field(examples=["370211005"])
    department_id: str | None = Field(default=None, max_length=64)
    password: str = Field(min_length=1, max_length=200)


class AccountUpdate(Body):
    """Changes to an account; fields left out stay as they are."""

    display_name: str | None = Field(default=None, min_length=1, max_length=64)
    role: Role | None = None
    region: str | None = None
    department_id: str | None = Field(default=None, max_length=64)
    active: bool | None = None


class PasswordReset(Body):
    """A new password set by the administrator (the person changes nothing else)."""

    password: str = Field(min_length=1, max_length=200)
