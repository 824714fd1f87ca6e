from __future__ import annotations

import datetime
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
    from ..models.item_material_public import ItemMaterialPublic


T = TypeVar("T", bound="ItemPublic")


@_attrs_define
class ItemPublic:
    """An assistance item (救助事项) as windows, intake and transfer see it.

    Attributes:
        code (str):
        name (str):
        category (str):
        owner_department_type (DepartmentType): Who owns an item or receives a slip (seed 004: owners of each kind of
            assistance).
        legal_basis (str | Unset):  Default: ''.
        acceptance_conditions (str | Unset):  Default: ''.
        case_type (CaseType | Unset): 办件类型 (seed 002 annex 3).
        time_limit_days (int | Unset):  Default: 20.
        handling_level (HandlingLevel | Unset): Who approves an item in a district: the town itself or the district
            (configuration, DESIGN §3).
        default_handling_level (HandlingLevel | Unset): Who approves an item in a district: the town itself or the
            district (configuration, DESIGN §3).
        district (str | Unset):  Default: '370211'.
        acceptance_window (AcceptanceWindow | None | Unset):
        next_acceptance_date (datetime.date | None | Unset):
        exclusive_with (list[str] | Unset):
        materials (list[ItemMaterialPublic] | Unset):
        has_rules (bool | Unset):  Default: False.
        active (bool | Unset):  Default: True.
        version (int | Unset):  Default: 1.
    """

    code: str
    name: str
    category: str
    owner_department_type: DepartmentType
    legal_basis: str | Unset = ""
    acceptance_conditions: str | Unset = ""
    case_type: CaseType | Unset = UNSET
    time_limit_days: int | Unset = 20
    handling_level: HandlingLevel | Unset = UNSET
    default_handling_level: HandlingLevel | Unset = UNSET
    district: str | Unset = "370211"
    acceptance_window: AcceptanceWindow | None | Unset = UNSET
    next_acceptance_date: datetime.date | None | Unset = UNSET
    exclusive_with: list[str] | Unset = UNSET
    materials: list[ItemMaterialPublic] | Unset = UNSET
    has_rules: bool | Unset = False
    active: bool | Unset = True
    version: int | Unset = 1
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.acceptance_window import AcceptanceWindow

        code = self.code

        name = self.name

        category = self.category

        owner_department_type: str = self.owner_department_type

        legal_basis = self.legal_basis

        acceptance_conditions = self.acceptance_conditions

        case_type: str | Unset = UNSET
        if not isinstance(self.case_type, Unset):
            case_type = self.case_type

        time_limit_days = self.time_limit_days

        handling_level: str | Unset = UNSET
        if not isinstance(self.handling_level, Unset):
            handling_level = self.handling_level

        default_handling_level: str | Unset = UNSET
        if not isinstance(self.default_handling_level, Unset):
            default_handling_level = self.default_handling_level

        district = self.district

        acceptance_window: dict[str, Any] | None | Unset
        if isinstance(self.acceptance_window, Unset):
            acceptance_window = UNSET
        elif isinstance(self.acceptance_window, AcceptanceWindow):
            acceptance_window = self.acceptance_window.to_dict()
        else:
            acceptance_window = self.acceptance_window

        next_acceptance_date: None | str | Unset
        if isinstance(self.next_acceptance_date, Unset):
            next_acceptance_date = UNSET
        elif isinstance(self.next_acceptance_date, datetime.date):
            next_acceptance_date = self.next_acceptance_date.isoformat()
        else:
            next_acceptance_date = self.next_acceptance_date

        exclusive_with: list[str] | Unset = UNSET
        if not isinstance(self.exclusive_with, Unset):
            exclusive_with = self.exclusive_with

        materials: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.materials, Unset):
            materials = []
            for materials_item_data in self.materials:
                materials_item = materials_item_data.to_dict()
                materials.append(materials_item)

        has_rules = self.has_rules

        active = self.active

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "name": name,
                "category": category,
                "owner_department_type": owner_department_type,
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
        if handling_level is not UNSET:
            field_dict["handling_level"] = handling_level
        if default_handling_level is not UNSET:
            field_dict["default_handling_level"] = default_handling_level
        if district is not UNSET:
            field_dict["district"] = district
        if acceptance_window is not UNSET:
            field_dict["acceptance_window"] = acceptance_window
        if next_acceptance_date is not UNSET:
            field_dict["next_acceptance_date"] = next_acceptance_date
        if exclusive_with is not UNSET:
            field_dict["exclusive_with"] = exclusive_with
        if materials is not UNSET:
            field_dict["materials"] = materials
        if has_rules is not UNSET:
            field_dict["has_rules"] = has_rules
        if active is not UNSET:
            field_dict["active"] = active
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.acceptance_window import AcceptanceWindow
        from ..models.item_material_public import ItemMaterialPublic

        d = dict(src_dict)
        code = d.pop("code")

        name = d.pop("name")

        category = d.pop("category")

        owner_department_type = check_department_type(d.pop("owner_department_type"))

        legal_basis = d.pop("legal_basis", UNSET)

        acceptance_conditions = d.pop("acceptance_conditions", UNSET)

        _case_type = d.pop("case_type", UNSET)
        case_type: CaseType | Unset
        if isinstance(_case_type, Unset):
            case_type = UNSET
        else:
            case_type = check_case_type(_case_type)

        time_limit_days = d.pop("time_limit_days", UNSET)

        _handling_level = d.pop("handling_level", UNSET)
        handling_level: HandlingLevel | Unset
        if isinstance(_handling_level, Unset):
            handling_level = UNSET
        else:
            handling_level = check_handling_level(_handling_level)

        _default_handling_level = d.pop("default_handling_level", UNSET)
        default_handling_level: HandlingLevel | Unset
        if isinstance(_default_handling_level, Unset):
            default_handling_level = UNSET
        else:
            default_handling_level = check_handling_level(_default_handling_level)

        district = d.pop("district", UNSET)

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

        def _parse_next_acceptance_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_acceptance_date_type_0 = datetime.date.fromisoformat(data)

                return next_acceptance_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        next_acceptance_date = _parse_next_acceptance_date(
            d.pop("next_acceptance_date", UNSET)
        )

        exclusive_with = cast(list[str], d.pop("exclusive_with", UNSET))

        _materials = d.pop("materials", UNSET)
        materials: list[ItemMaterialPublic] | Unset = UNSET
        if _materials is not UNSET:
            materials = []
            for materials_item_data in _materials:
                materials_item = ItemMaterialPublic.from_dict(materials_item_data)

                materials.append(materials_item)

        has_rules = d.pop("has_rules", UNSET)

        active = d.pop("active", UNSET)

        version = d.pop("version", UNSET)

        item_public = cls(
            code=code,
            name=name,
            category=category,
            owner_department_type=owner_department_type,
            legal_basis=legal_basis,
            acceptance_conditions=acceptance_conditions,
            case_type=case_type,
            time_limit_days=time_limit_days,
            handling_level=handling_level,
            default_handling_level=default_handling_level,
            district=district,
            acceptance_window=acceptance_window,
            next_acceptance_date=next_acceptance_date,
            exclusive_with=exclusive_with,
            materials=materials,
            has_rules=has_rules,
            active=active,
            version=version,
        )

        item_public.additional_properties = d
        return item_public

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
