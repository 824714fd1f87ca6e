"""Text input without NUL characters: PostgreSQL refuses them in a string, so they are a 422, not a 500."""

from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, field_validator


def _no_nul(value: Any) -> Any:
    if isinstance(value, str) and "\x00" in value:
        raise ValueError("不能包含空字符（\\x00）")
    if isinstance(value, list):
        for item in value:
            _no_nul(item)
    return value


class Body(BaseModel):
    """Base of every intake request body: no string field (or list of strings) may hold a NUL."""

    @field_validator("*", mode="after")
    @classmethod
    def _reject_nul(cls, value: Any) -> Any:
        return _no_nul(value)


Text = Annotated[str, AfterValidator(_no_nul)]  # for query parameters
