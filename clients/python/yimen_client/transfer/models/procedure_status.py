from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.procedure_public import ProcedurePublic


T = TypeVar("T", bound="ProcedureStatus")


@_attrs_define
class ProcedureStatus:
    """Whether a slip is handled through the procedure, and the procedure if it has started.

    Attributes:
        slip_id (int):
        applies (bool):
        can_start (bool):
        procedure (None | ProcedurePublic):
        check_for (None | ProcedurePublic | Unset): 本通知单是核对请求时：被核对的办理流程
        can_answer (bool | Unset): 调用者是核对机构且核对请求尚未答复 Default: False.
    """

    slip_id: int
    applies: bool
    can_start: bool
    procedure: None | ProcedurePublic
    check_for: None | ProcedurePublic | Unset = UNSET
    can_answer: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.procedure_public import ProcedurePublic

        slip_id = self.slip_id

        applies = self.applies

        can_start = self.can_start

        procedure: dict[str, Any] | None
        if isinstance(self.procedure, ProcedurePublic):
            procedure = self.procedure.to_dict()
        else:
            procedure = self.procedure

        check_for: dict[str, Any] | None | Unset
        if isinstance(self.check_for, Unset):
            check_for = UNSET
        elif isinstance(self.check_for, ProcedurePublic):
            check_for = self.check_for.to_dict()
        else:
            check_for = self.check_for

        can_answer = self.can_answer

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "slip_id": slip_id,
                "applies": applies,
                "can_start": can_start,
                "procedure": procedure,
            }
        )
        if check_for is not UNSET:
            field_dict["check_for"] = check_for
        if can_answer is not UNSET:
            field_dict["can_answer"] = can_answer

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.procedure_public import ProcedurePublic

        d = dict(src_dict)
        slip_id = d.pop("slip_id")

        applies = d.pop("applies")

        can_start = d.pop("can_start")

        def _parse_procedure(data: object) -> None | ProcedurePublic:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                procedure_type_0 = ProcedurePublic.from_dict(data)

                return procedure_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProcedurePublic, data)

        procedure = _parse_procedure(d.pop("procedure"))

        def _parse_check_for(data: object) -> None | ProcedurePublic | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                check_for_type_0 = ProcedurePublic.from_dict(data)

                return check_for_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProcedurePublic | Unset, data)

        check_for = _parse_check_for(d.pop("check_for", UNSET))

        can_answer = d.pop("can_answer", UNSET)

        procedure_status = cls(
            slip_id=slip_id,
            applies=applies,
            can_start=can_start,
            procedure=procedure,
            check_for=check_for,
            can_answer=can_answer,
        )

        procedure_status.additional_properties = d
        return procedure_status

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
