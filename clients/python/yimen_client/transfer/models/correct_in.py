from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CorrectIn")


@_attrs_define
class CorrectIn:
    """A failed payment's corrected account (and name as the bank has it); it goes on the next list.

    Attributes:
        account (str):
        name (None | str | Unset):
    """

    account: str
    name: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        account = self.account

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "account": account,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        account = d.pop("account")

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        correct_in = cls(
            account=account,
            name=name,
        )

        return correct_in
