from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.slot_public import SlotPublic


T = TypeVar("T", bound="SlotsCreated")


@_attrs_define
class SlotsCreated:
    """How many slots a batch opened and how many already existed.

    Attributes:
        created (int):
        skipped (int):
        slots (list[SlotPublic]):
    """

    created: int
    skipped: int
    slots: list[SlotPublic]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created = self.created

        skipped = self.skipped

        slots = []
        for slots_item_data in self.slots:
            slots_item = slots_item_data.to_dict()
            slots.append(slots_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created": created,
                "skipped": skipped,
                "slots": slots,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.slot_public import SlotPublic

        d = dict(src_dict)
        created = d.pop("created")

        skipped = d.pop("skipped")

        slots = []
        _slots = d.pop("slots")
        for slots_item_data in _slots:
            slots_item = SlotPublic.from_dict(slots_item_data)

            slots.append(slots_item)

        slots_created = cls(
            created=created,
            skipped=skipped,
            slots=slots,
        )

        slots_created.additional_properties = d
        return slots_created

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
