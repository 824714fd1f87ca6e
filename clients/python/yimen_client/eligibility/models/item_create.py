from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.case_type import CaseType, check_case_type
from ..models.department_type import DepartmentType, check_department_type
from ..models.handling_level import HandlingLevel, check_handling_level
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.acceptance_window import AcceptanceWindow


T = TypeVar("T", bound="ItemCreate")


@_attrs_define
class ItemCreate:
    """A new item (admin): its code and everything an edit sets.

    Attributes:
        name (str):
        category (str):
        owner_department_type (DepartmentType): Who owns an item or receives a slip (seed 004: owners of each kind of
            assistance).
        code (str):
        legal_basis (str | Unset):  Default: ''.
        acceptance_conditions (str | Unset):  Default: ''.
        case_type (CaseType | Unset): 办件类型 (seed 002 annex 3).
        time_limit_days (int | None | Unset):
        default_handling_level (HandlingLevel | Unset): Who approves an item in a district: the town itself or the
            district (configuration, DESIGN §3).
        acceptance_window (AcceptanceWindow | None | Unset):
        exclusive_with (list[str] | Unset):
        active (bool | Unset):  Default: True.
        note (str | Unset):  Default: ''.
    """

    name: str
    category: str
    owner_department_type: DepartmentType
    code: str
    legal_basis: str | Unset = ""
    acceptance_conditions: str | Unset = ""
    case_type: CaseType | Unset = UNSET
    time_limit_days: int | None | Unset = UNSET
    default_handling_level: HandlingLevel | Unset = UNSET
    acceptance_window: AcceptanceWindow | None | Unset = UNSET
    exclusive_with: list[str] | Unset = UNSET
    active: bool | Unset = True
    note: str | Unset = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.acceptance_window import AcceptanceWindow

        name = self.name

        category = self.category

        owner_department_type: str = self.owner_department_type

        code = self.code

        legal_basis = self.legal_basis

        acceptance_conditions = self.acceptance_conditions

        case_type: str | Unset = UNSET
        if not isinstance(self.case_type, Unset):
            case_type = self.case_type

        time_limit_days: int | None | Unset
        if isinstance(self.time_limit_days, Unset):
            time_limit_days = UNSET
        else:
            time_limit_days = self.time_limit_days

        default_handling_level: str | Unset = UNSET
        if not isinstance(self.default_handling_level, Unset):
            default_handling_level = self.default_handling_level

        acceptance_window: dict[str, Any] | None | Unset
        if isinstance(self.acceptance_window, Unset):
            acceptance_window = UNSET
        elif isinstance(self.acceptance_window, AcceptanceWindow):
            acceptance_window = self.acceptance_window.to_dict()
        else:
            acceptance_window = self.acceptance_window

        exclusive_with: list[str] | Unset = UNSET
        if not isinstance(self.exclusive_with, Unset):
            exclusive_with = self.exclusive_with

        active = self.active

        note = self.note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "category": category,
                "owner_department_type": owner_department_type,
                "code": code,
            }
        )
        if legal_basis is not UNSET:
            field_dict["legal_basis"] = legal_basis
        if acceptance_conditions is not UNSET:
            field_dict["acceptance_conditions"] = acceptance_conditions
        if case_type is not UNSET:
            field_dict["case_type"] = case_type
        if time_limit_days is not UNSET:
            field_dict["time_limit_days"] = time_limit_days
        if default_handling_level is not UNSET:
            field_dict["default_handling_level"] = default_handling_level
        if acceptance_window is not UNSET:
            field_dict["acceptance_window"] = acceptance_window
        if exclusive_with is not UNSET:
            field_dict["exclusive_with"] = exclusive_with
        if active is not UNSET:
            field_dict["active"] = active
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.acceptance_window import AcceptanceWindow

        d = dict(src_dict)
        name = d.pop("name")

        category = d.pop("category")

        owner_department_type = check_department_type(d.pop("owner_department_type"))

        code = d.pop("code")

        legal_basis = d.pop("legal_basis", UNSET)

        acceptance_conditions = d.pop("acceptance_conditions", UNSET)

        _case_type = d.pop("case_type", UNSET)
        case_type: CaseType | Unset
        if isinstance(_case_type, Unset):
            case_type = UNSET
        else:
            case_type = check_case_type(_case_type)

        def _parse_time_limit_days(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        time_limit_days = _parse_time_limit_days(d.pop("time_limit_days", UNSET))

        _default_handling_level = d.pop("default_handling_level", UNSET)
        default_handling_level: HandlingLevel | Unset
        if isinstance(_default_handling_level, Unset):
            default_handling_level = UNSET
        else:
            default_handling_level = check_handling_level(_default_handling_level)

        def _parse_acceptance_window(data: object) -> AcceptanceWindow | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                acceptance_window_type_0 = AcceptanceWindow.from_dict(data)

                return acceptance_window_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AcceptanceWindow | None | Unset, data)

        acceptance_window = _parse_acceptance_window(d.pop("acceptance_window", UNSET))

        exclusive_with = cast(list[str], d.pop("exclusive_with", UNSET))

        active = d.pop("active", UNSET)

        note = d.pop("note", UNSET)

        item_create = cls(
            name=name,
            category=category,
            owner_department_type=owner_department_type,
            code=code,
            legal_basis=legal_basis,
            acceptance_conditions=acceptance_conditions,
            case_type=case_type,
            time_limit_days=time_limit_days,
            default_handling_level=default_handling_level,
            acceptance_window=acceptance_window,
            exclusive_with=exclusive_with,
            active=active,
            note=note,
        )

        item_create.additional_properties = d
        return item_create

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
