from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.step_setting import StepSetting


T = TypeVar("T", bound="ConfigIn")


@_attrs_define
class ConfigIn:
    """An item's procedure in one street (administrator).

    Attributes:
        steps (list[StepSetting]):
        enabled (bool | Unset):  Default: True.
        disclosure_days (int | Unset): 公示天数（自然日） Default: 7.
        report_days (int | Unset): 入户后几个工作日内完成调查记录 Default: 1.
    """

    steps: list[StepSetting]
    enabled: bool | Unset = True
    disclosure_days: int | Unset = 7
    report_days: int | Unset = 1
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        steps = []
        for steps_item_data in self.steps:
            steps_item = steps_item_data.to_dict()
            steps.append(steps_item)

        enabled = self.enabled

        disclosure_days = self.disclosure_days

        report_days = self.report_days

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "steps": steps,
            }
        )
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if disclosure_days is not UNSET:
            field_dict["disclosure_days"] = disclosure_days
        if report_days is not UNSET:
            field_dict["report_days"] = report_days

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.step_setting import StepSetting

        d = dict(src_dict)
        steps = []
        _steps = d.pop("steps")
        for steps_item_data in _steps:
            steps_item = StepSetting.from_dict(steps_item_data)

            steps.append(steps_item)

        enabled = d.pop("enabled", UNSET)

        disclosure_days = d.pop("disclosure_days", UNSET)

        report_days = d.pop("report_days", UNSET)

        config_in = cls(
            steps=steps,
            enabled=enabled,
            disclosure_days=disclosure_days,
            report_days=report_days,
        )

        config_in.additional_properties = d
        return config_in

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
