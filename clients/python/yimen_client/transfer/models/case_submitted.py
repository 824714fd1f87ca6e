from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.issued_slip import IssuedSlip


T = TypeVar("T", bound="CaseSubmitted")


@_attrs_define
class CaseSubmitted:
    """The slips issued for a case (the same ones on a repeat).

    Attributes:
        slips (list[IssuedSlip]):
    """

    slips: list[IssuedSlip]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        slips = []
        for slips_item_data in self.slips:
            slips_item = slips_item_data.to_dict()
            slips.append(slips_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "slips": slips,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.issued_slip import IssuedSlip

        d = dict(src_dict)
        slips = []
        _slips = d.pop("slips")
        for slips_item_data in _slips:
            slips_item = IssuedSlip.from_dict(slips_item_data)

            slips.append(slips_item)

        case_submitted = cls(
            slips=slips,
        )

        case_submitted.additional_properties = d
        return case_submitted

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
