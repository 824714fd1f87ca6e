from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.step import Step, check_step
from ..types import UNSET, Unset

T = TypeVar("T", bound="StepSetting")


@_attrs_define
class StepSetting:
    """One step switched on or off, with its working-day limit (approval: null = the item's time limit).

    Attributes:
        step (Step): A step of the item procedure (seed 000 §五, seed 001, seed 002 annex 2).
        enabled (bool | Unset):  Default: True.
        working_days (int | None | Unset):
    """

    step: Step
    enabled: bool | Unset = True
    working_days: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        step: str = self.step

        enabled = self.enabled

        working_days: int | None | Unset
        if isinstance(self.working_days, Unset):
            working_days = UNSET
        else:
            working_days = self.working_days

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "step": step,
            }
        )
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if working_days is not UNSET:
            field_dict["working_days"] = working_days

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        step = check_step(d.pop("step"))

        enabled = d.pop("enabled", UNSET)

        def _parse_working_days(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        working_days = _parse_working_days(d.pop("working_days", UNSET))

        step_setting = cls(
            step=step,
            enabled=enabled,
            working_days=working_days,
        )

        step_setting.additional_properties = d
        return step_setting

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
