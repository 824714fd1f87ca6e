from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.batch_record_facts_type_0 import BatchRecordFactsType0


T = TypeVar("T", bound="BatchRecord")


@_attrs_define
class BatchRecord:
    """One household of a batch: a JSON array element or one JSON line (facts nested or inline).

    Attributes:
        id (int | None | str | Unset): 户的编号，原样写回结果；缺省为行号
        facts (BatchRecordFactsType0 | None | Unset): 事实名 → 值；缺省时记录中除 id 以外的键都是事实
    """

    id: int | None | str | Unset = UNSET
    facts: BatchRecordFactsType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.batch_record_facts_type_0 import BatchRecordFactsType0

        id: int | None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        facts: dict[str, Any] | None | Unset
        if isinstance(self.facts, Unset):
            facts = UNSET
        elif isinstance(self.facts, BatchRecordFactsType0):
            facts = self.facts.to_dict()
        else:
            facts = self.facts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if facts is not UNSET:
            field_dict["facts"] = facts

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.batch_record_facts_type_0 import BatchRecordFactsType0

        d = dict(src_dict)

        def _parse_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_facts(data: object) -> BatchRecordFactsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                facts_type_0 = BatchRecordFactsType0.from_dict(data)

                return facts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BatchRecordFactsType0 | None | Unset, data)

        facts = _parse_facts(d.pop("facts", UNSET))

        batch_record = cls(
            id=id,
            facts=facts,
        )

        batch_record.additional_properties = d
        return batch_record

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
