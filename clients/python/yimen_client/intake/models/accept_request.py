from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tolerate_missing import TolerateMissing


T = TypeVar("T", bound="AcceptRequest")


@_attrs_define
class AcceptRequest:
    """The acceptance decision (default today).

    Attributes:
        accepted_date (datetime.date | None | Unset):
        tolerate_missing (None | TolerateMissing | Unset): 材料不齐时的容缺受理决定（理由与容缺材料）；不给则材料不齐为 409
    """

    accepted_date: datetime.date | None | Unset = UNSET
    tolerate_missing: None | TolerateMissing | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.tolerate_missing import TolerateMissing

        accepted_date: None | str | Unset
        if isinstance(self.accepted_date, Unset):
            accepted_date = UNSET
        elif isinstance(self.accepted_date, datetime.date):
            accepted_date = self.accepted_date.isoformat()
        else:
            accepted_date = self.accepted_date

        tolerate_missing: dict[str, Any] | None | Unset
        if isinstance(self.tolerate_missing, Unset):
            tolerate_missing = UNSET
        elif isinstance(self.tolerate_missing, TolerateMissing):
            tolerate_missing = self.tolerate_missing.to_dict()
        else:
            tolerate_missing = self.tolerate_missing

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if accepted_date is not UNSET:
            field_dict["accepted_date"] = accepted_date
        if tolerate_missing is not UNSET:
            field_dict["tolerate_missing"] = tolerate_missing

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.tolerate_missing import TolerateMissing

        d = dict(src_dict)

        def _parse_accepted_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                accepted_date_type_0 = datetime.date.fromisoformat(data)

                return accepted_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        accepted_date = _parse_accepted_date(d.pop("accepted_date", UNSET))

        def _parse_tolerate_missing(data: object) -> None | TolerateMissing | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tolerate_missing_type_0 = TolerateMissing.from_dict(data)

                return tolerate_missing_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TolerateMissing | Unset, data)

        tolerate_missing = _parse_tolerate_missing(d.pop("tolerate_missing", UNSET))

        accept_request = cls(
            accepted_date=accepted_date,
            tolerate_missing=tolerate_missing,
        )

        accept_request.additional_properties = d
        return accept_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
