from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.application_status import ApplicationStatus, check_application_status
from ..models.duplicate_finding_match import (
    DuplicateFindingMatch,
    check_duplicate_finding_match,
)
from ..models.duplicate_finding_source import (
    DuplicateFindingSource,
    check_duplicate_finding_source,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="DuplicateFinding")


@_attrs_define
class DuplicateFinding:
    """One earlier case or grant of the same household for the same or a mutually exclusive item.

    Attributes:
        source (DuplicateFindingSource): case：本系统在办或近一年的案件；grant：转办服务的救助发放记录
        case_number (str):
        item_code (str):
        item_name (str):
        match (DuplicateFindingMatch): same_item：同一事项；exclusive：互斥事项
        status (ApplicationStatus | Literal['granted']): 案件状态；发放记录为 granted
        status_name (str):
        date (str): 案件登记日或发放日（ISO 日期）
        id_number (str): 脱敏的身份证号
        window_region (None | str | Unset):
        amount (None | str | Unset): 发放金额（元）
    """

    source: DuplicateFindingSource
    case_number: str
    item_code: str
    item_name: str
    match: DuplicateFindingMatch
    status: ApplicationStatus | Literal["granted"]
    status_name: str
    date: str
    id_number: str
    window_region: None | str | Unset = UNSET
    amount: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source: str = self.source

        case_number = self.case_number

        item_code = self.item_code

        item_name = self.item_name

        match: str = self.match

        status: Literal["granted"] | str
        if isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        status_name = self.status_name

        date = self.date

        id_number = self.id_number

        window_region: None | str | Unset
        if isinstance(self.window_region, Unset):
            window_region = UNSET
        else:
            window_region = self.window_region

        amount: None | str | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source": source,
                "case_number": case_number,
                "item_code": item_code,
                "item_name": item_name,
                "match": match,
                "status": status,
                "status_name": status_name,
                "date": date,
                "id_number": id_number,
            }
        )
        if window_region is not UNSET:
            field_dict["window_region"] = window_region
        if amount is not UNSET:
            field_dict["amount"] = amount

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        source = check_duplicate_finding_source(d.pop("source"))

        case_number = d.pop("case_number")

        item_code = d.pop("item_code")

        item_name = d.pop("item_name")

        match = check_duplicate_finding_match(d.pop("match"))

        def _parse_status(data: object) -> ApplicationStatus | Literal["granted"]:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_application_status(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            status_type_1 = cast(Literal["granted"], data)
            if status_type_1 != "granted":
                raise ValueError(
                    f"status_type_1 must match const 'granted', got '{status_type_1}'"
                )
            return status_type_1

        status = _parse_status(d.pop("status"))

        status_name = d.pop("status_name")

        date = d.pop("date")

        id_number = d.pop("id_number")

        def _parse_window_region(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        window_region = _parse_window_region(d.pop("window_region", UNSET))

        def _parse_amount(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        amount = _parse_amount(d.pop("amount", UNSET))

        duplicate_finding = cls(
            source=source,
            case_number=case_number,
            item_code=item_code,
            item_name=item_name,
            match=match,
            status=status,
            status_name=status_name,
            date=date,
            id_number=id_number,
            window_region=window_region,
            amount=amount,
        )

        duplicate_finding.additional_properties = d
        return duplicate_finding

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
