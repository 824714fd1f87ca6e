from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SampleSummary")


@_attrs_define
class SampleSummary:
    """A sample in the list: inputs and progress.

    Attributes:
        id (int):
        seed (int):
        size (int):
        region (str):
        item_code (None | str):
        drawn_by (str):
        drawn_at (datetime.datetime):
        cases (int):
        recorded (int):
        problems (int):
    """

    id: int
    seed: int
    size: int
    region: str
    item_code: None | str
    drawn_by: str
    drawn_at: datetime.datetime
    cases: int
    recorded: int
    problems: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        seed = self.seed

        size = self.size

        region = self.region

        item_code: None | str
        item_code = self.item_code

        drawn_by = self.drawn_by

        drawn_at = self.drawn_at.isoformat()

        cases = self.cases

        recorded = self.recorded

        problems = self.problems

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "seed": seed,
                "size": size,
                "region": region,
                "item_code": item_code,
                "drawn_by": drawn_by,
                "drawn_at": drawn_at,
                "cases": cases,
                "recorded": recorded,
                "problems": problems,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        seed = d.pop("seed")

        size = d.pop("size")

        region = d.pop("region")

        def _parse_item_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        item_code = _parse_item_code(d.pop("item_code"))

        drawn_by = d.pop("drawn_by")

        drawn_at = datetime.datetime.fromisoformat(d.pop("drawn_at"))

        cases = d.pop("cases")

        recorded = d.pop("recorded")

        problems = d.pop("problems")

        sample_summary = cls(
            id=id,
            seed=seed,
            size=size,
            region=region,
            item_code=item_code,
            drawn_by=drawn_by,
            drawn_at=drawn_at,
            cases=cases,
            recorded=recorded,
            problems=problems,
        )

        sample_summary.additional_properties = d
        return sample_summary

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
