from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.slip_kind import SlipKind, check_slip_kind
from ..models.slip_message_data_level_type_0 import (
    SlipMessageDataLevelType0,
    check_slip_message_data_level_type_0,
)
from ..models.slip_state import SlipState, check_slip_state
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.slip_links import SlipLinks


T = TypeVar("T", bound="SlipMessageData")


@_attrs_define
class SlipMessageData:
    """Thin payload: identifiers and links only, never ID numbers or incomes.

    Attributes:
        slip_id (int):
        slip_number (str):
        case_number (str):
        kind (SlipKind): The five slips of DESIGN §3 (seed 003), labelled with the slip's full title.
        state (SlipState): Where a slip stands in the receiver's handling.
        due_date (None | str):
        links (SlipLinks): Where the partner reads the slip and posts its answers.
        level (None | SlipMessageDataLevelType0 | Unset):
        due_kind (None | str | Unset):
    """

    slip_id: int
    slip_number: str
    case_number: str
    kind: SlipKind
    state: SlipState
    due_date: None | str
    links: SlipLinks
    level: None | SlipMessageDataLevelType0 | Unset = UNSET
    due_kind: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        slip_id = self.slip_id

        slip_number = self.slip_number

        case_number = self.case_number

        kind: str = self.kind

        state: str = self.state

        due_date: None | str
        due_date = self.due_date

        links = self.links.to_dict()

        level: None | str | Unset
        if isinstance(self.level, Unset):
            level = UNSET
        elif isinstance(self.level, str):
            level = self.level
        else:
            level = self.level

        due_kind: None | str | Unset
        if isinstance(self.due_kind, Unset):
            due_kind = UNSET
        else:
            due_kind = self.due_kind

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "slip_id": slip_id,
                "slip_number": slip_number,
                "case_number": case_number,
                "kind": kind,
                "state": state,
                "due_date": due_date,
                "links": links,
            }
        )
        if level is not UNSET:
            field_dict["level"] = level
        if due_kind is not UNSET:
            field_dict["due_kind"] = due_kind

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.slip_links import SlipLinks

        d = dict(src_dict)
        slip_id = d.pop("slip_id")

        slip_number = d.pop("slip_number")

        case_number = d.pop("case_number")

        kind = check_slip_kind(d.pop("kind"))

        state = check_slip_state(d.pop("state"))

        def _parse_due_date(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        due_date = _parse_due_date(d.pop("due_date"))

        links = SlipLinks.from_dict(d.pop("links"))

        def _parse_level(data: object) -> None | SlipMessageDataLevelType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                level_type_0 = check_slip_message_data_level_type_0(data)

                return level_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SlipMessageDataLevelType0 | Unset, data)

        level = _parse_level(d.pop("level", UNSET))

        def _parse_due_kind(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        due_kind = _parse_due_kind(d.pop("due_kind", UNSET))

        slip_message_data = cls(
            slip_id=slip_id,
            slip_number=slip_number,
            case_number=case_number,
            kind=kind,
            state=state,
            due_date=due_date,
            links=links,
            level=level,
            due_kind=due_kind,
        )

        slip_message_data.additional_properties = d
        return slip_message_data

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
