"""Login and account schemas."""

from pydantic import BaseModel, Field

from services.intake.text import Body


class TokenRequest(Body):
    """Username and password in exchange for a bearer token."""

    username: str = Field(min_length=1, max_length=64, examples=["window_hd"])
    password: str = Field(min_length=1, max_length=200, examples=["yimen-demo-2026"])


class AccountPublic(BaseModel):
    """What others may know of an account."""

    username: str
    display_name: str
    role: str
    region: str
    region_name: str
    department_id: str | None = None


class TokenResponse(BaseModel):
    """A bearer token and whose it is."""

    access_token: str
    token_type: str = "bearer"
    expires_in: int
    account: AccountPublic
