from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.line_public import LinePublic


T = TypeVar("T", bound="ListPublic")


@_attrs_define
class ListPublic:
    """
    Attributes:
        id (int):
        number (str):
        street_region (str):
        item_code (str):
        month (str):
        state (str):
        state_name (str):
        line_count (int):
        total (str):
        created_by (str):
        created_at (datetime.datetime):
        locked_by (str):
        locked_at (datetime.datetime | None):
        exported_at (datetime.datetime | None):
        returned_at (datetime.datetime | None):
        paid_count (int | Unset):  Default: 0.
        failed_count (int | Unset):  Default: 0.
        lines (list[LinePublic] | None | Unset):
    """

    id: int
    number: str
    street_region: str
    item_code: str
    month: str
    state: str
    state_name: str
    line_count: int
    total: str
    created_by: str
    created_at: datetime.datetime
    locked_by: str
    locked_at: datetime.datetime | None
    exported_at: datetime.datetime | None
    returned_at: datetime.datetime | None
    paid_count: int | Unset = 0
    failed_count: int | Unset = 0
    lines: list[LinePublic] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        number = self.number

        street_region = self.street_region

        item_code = self.item_code

        month = self.month

        state = self.state

        state_name = self.state_name

        line_count = self.line_count

        total = self.total

        created_by = self.created_by

        created_at = self.created_at.isoformat()

        locked_by = self.locked_by

        locked_at: None | str
        if isinstance(self.locked_at, datetime.datetime):
            locked_at = self.locked_at.isoformat()
        else:
            locked_at = self.locked_at

        exported_at: None | str
        if isinstance(self.exported_at, datetime.datetime):
            exported_at = self.exported_at.isoformat()
        else:
            exported_at = self.exported_at

        returned_at: None | str
        if isinstance(self.returned_at, datetime.datetime):
            returned_at = self.returned_at.isoformat()
        else:
            returned_at = self.returned_at

        paid_count = self.paid_count

        failed_count = self.failed_count

        lines: list[dict[str, Any]] | None | Unset
        if isinstance(self.lines, Unset):
            lines = UNSET
        elif isinstance(self.lines, list):
            lines = []
            for lines_type_0_item_data in self.lines:
                lines_type_0_item = lines_type_0_item_data.to_dict()
                lines.append(lines_type_0_item)

        else:
            lines = self.lines

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "number": number,
                "street_region": street_region,
                "item_code": item_code,
                "month": month,
                "state": state,
                "state_name": state_name,
                "line_count": line_count,
                "total": total,
                "created_by": created_by,
                "created_at": created_at,
                "locked_by": locked_by,
                "locked_at": locked_at,
                "exported_at": exported_at,
                "returned_at": returned_at,
            }
        )
        if paid_count is not UNSET:
            field_dict["paid_count"] = paid_count
        if failed_count is not UNSET:
            field_dict["failed_count"] = failed_count
        if lines is not UNSET:
            field_dict["lines"] = lines

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.line_public import LinePublic

        d = dict(src_dict)
        id = d.pop("id")

        number = d.pop("number")

        street_region = d.pop("street_region")

        item_code = d.pop("item_code")

        month = d.pop("month")

        state = d.pop("state")

        state_name = d.pop("state_name")

        line_count = d.pop("line_count")

        total = d.pop("total")

        created_by = d.pop("created_by")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        locked_by = d.pop("locked_by")

        def _parse_locked_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                locked_at_type_0 = datetime.datetime.fromisoformat(data)

                return locked_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        locked_at = _parse_locked_at(d.pop("locked_at"))

        def _parse_exported_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                exported_at_type_0 = datetime.datetime.fromisoformat(data)

                return exported_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        exported_at = _parse_exported_at(d.pop("exported_at"))

        def _parse_returned_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                returned_at_type_0 = datetime.datetime.fromisoformat(data)

                return returned_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        returned_at = _parse_returned_at(d.pop("returned_at"))

        paid_count = d.pop("paid_count", UNSET)

        failed_count = d.pop("failed_count", UNSET)

        def _parse_lines(data: object) -> list[LinePublic] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                lines_type_0 = []
                _lines_type_0 = data
                for lines_type_0_item_data in _lines_type_0:
                    lines_type_0_item = LinePublic.from_dict(lines_type_0_item_data)

                    lines_type_0.append(lines_type_0_item)

                return lines_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[LinePublic] | None | Unset, data)

        lines = _parse_lines(d.pop("lines", UNSET))

        list_public = cls(
            id=id,
            number=number,
            street_region=street_region,
            item_code=item_code,
            month=month,
            state=state,
            state_name=state_name,
            line_count=line_count,
            total=total,
            created_by=created_by,
            created_at=created_at,
            locked_by=locked_by,
            locked_at=locked_at,
            exported_at=exported_at,
            returned_at=returned_at,
            paid_count=paid_count,
            failed_count=failed_count,
            lines=lines,
        )

        list_public.additional_properties = d
        return list_public

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
