from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.case_type import CaseType, check_case_type
from ..models.department_type import DepartmentType, check_department_type
from ..models.handling_level import HandlingLevel, check_handling_level

if TYPE_CHECKING:
    from ..models.acceptance_window import AcceptanceWindow
    from ..models.guide_material import GuideMaterial


T = TypeVar("T", bound="GuideItem")


@_attrs_define
class GuideItem:
    """An assistance item as the public guide shows it: what, who may apply, materials, where, how long.

    Attributes:
        code (str):
        name (str):
        category (str):
        owner_department_type (DepartmentType): Who owns an item or receives a slip (seed 004: owners of each kind of
            assistance).
        owner_department_name (str):
        legal_basis (str):
        acceptance_conditions (str): 谁可以申请
        case_type (CaseType): 办件类型 (seed 002 annex 3).
        case_type_name (str):
        time_limit_days (int): 承诺办结时限（工作日）
        handling_level (HandlingLevel): Who approves an item in a district: the town itself or the district
            (configuration, DESIGN §3).
        handling_level_name (str):
        acceptance_window (AcceptanceWindow | None):
        next_acceptance_date (datetime.date | None):
        materials (list[GuideMaterial]):
    """

    code: str
    name: str
    category: str
    owner_department_type: DepartmentType
    owner_department_name: str
    legal_basis: str
    acceptance_conditions: str
    case_type: CaseType
    case_type_name: str
    time_limit_days: int
    handling_level: HandlingLevel
    handling_level_name: str
    acceptance_window: AcceptanceWindow | None
    next_acceptance_date: datetime.date | None
    materials: list[GuideMaterial]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.acceptance_window import AcceptanceWindow

        code = self.code

        name = self.name

        category = self.category

        owner_department_type: str = self.owner_department_type

        owner_department_name = self.owner_department_name

        legal_basis = self.legal_basis

        acceptance_conditions = self.acceptance_conditions

        case_type: str = self.case_type

        case_type_name = self.case_type_name

        time_limit_days = self.time_limit_days

        handling_level: str = self.handling_level

        handling_level_name = self.handling_level_name

        acceptance_window: dict[str, Any] | None
        if isinstance(self.acceptance_window, AcceptanceWindow):
            acceptance_window = self.acceptance_window.to_dict()
        else:
            acceptance_window = self.acceptance_window

        next_acceptance_date: None | str
        if isinstance(self.next_acceptance_date, datetime.date):
            next_acceptance_date = self.next_acceptance_date.isoformat()
        else:
            next_acceptance_date = self.next_acceptance_date

        materials = []
        for materials_item_data in self.materials:
            materials_item = materials_item_data.to_dict()
            materials.append(materials_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "name": name,
                "category": category,
                "owner_department_type": owner_department_type,
                "owner_department_name": owner_department_name,
                "legal_basis": legal_basis,
                "acceptance_conditions": acceptance_conditions,
                "case_type": case_type,
                "case_type_name": case_type_name,
                "time_limit_days": time_limit_days,
                "handling_level": handling_level,
                "handling_level_name": handling_level_name,
                "acceptance_window": acceptance_window,
                "next_acceptance_date": next_acceptance_date,
                "materials": materials,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.acceptance_window import AcceptanceWindow
        from ..models.guide_material import GuideMaterial

        d = dict(src_dict)
        code = d.pop("code")

        name = d.pop("name")

        category = d.pop("category")

        owner_department_type = check_department_type(d.pop("owner_department_type"))

        owner_department_name = d.pop("owner_department_name")

        legal_basis = d.pop("legal_basis")

        acceptance_conditions = d.pop("acceptance_conditions")

        case_type = check_case_type(d.pop("case_type"))

        case_type_name = d.pop("case_type_name")

        time_limit_days = d.pop("time_limit_days")

        handling_level = check_handling_level(d.pop("handling_level"))

        handling_level_name = d.pop("handling_level_name")

        def _parse_acceptance_window(data: object) -> AcceptanceWindow | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                acceptance_window_type_0 = AcceptanceWindow.from_dict(data)

                return acceptance_window_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AcceptanceWindow | None, data)

        acceptance_window = _parse_acceptance_window(d.pop("acceptance_window"))

        def _parse_next_acceptance_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_acceptance_date_type_0 = datetime.date.fromisoformat(data)

                return next_acceptance_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        next_acceptance_date = _parse_next_acceptance_date(
            d.pop("next_acceptance_date")
        )

        materials = []
        _materials = d.pop("materials")
        for materials_item_data in _materials:
            materials_item = GuideMaterial.from_dict(materials_item_data)

            materials.append(materials_item)

        guide_item = cls(
            code=code,
            name=name,
            category=category,
            owner_department_type=owner_department_type,
            owner_department_name=owner_department_name,
            legal_basis=legal_basis,
            acceptance_conditions=acceptance_conditions,
            case_type=case_type,
            case_type_name=case_type_name,
            time_limit_days=time_limit_days,
            handling_level=handling_level,
            handling_level_name=handling_level_name,
            acceptance_window=acceptance_window,
            next_acceptance_date=next_acceptance_date,
            materials=materials,
        )

        guide_item.additional_properties = d
        return guide_item

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
