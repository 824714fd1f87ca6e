from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.authorisation_in_declared_facts import AuthorisationInDeclaredFacts
    from ..models.signatory import Signatory


T = TypeVar("T", bound="AuthorisationIn")


@_attrs_define
class AuthorisationIn:
    """The signed pledge and authorisation for checks, with what the household declared.

    Attributes:
        signatories (list[Signatory]):
        signed_date (datetime.date):
        declared_facts (AuthorisationInDeclaredFacts | Unset):
    """

    signatories: list[Signatory]
    signed_date: datetime.date
    declared_facts: AuthorisationInDeclaredFacts | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        signatories = []
        for signatories_item_data in self.signatories:
            signatories_item = signatories_item_data.to_dict()
            signatories.append(signatories_item)

        signed_date = self.signed_date.isoformat()

        declared_facts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.declared_facts, Unset):
            declared_facts = self.declared_facts.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "signatories": signatories,
                "signed_date": signed_date,
            }
        )
        if declared_facts is not UNSET:
            field_dict["declared_facts"] = declared_facts

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.authorisation_in_declared_facts import (
            AuthorisationInDeclaredFacts,
        )
        from ..models.signatory import Signatory

        d = dict(src_dict)
        signatories = []
        _signatories = d.pop("signatories")
        for signatories_item_data in _signatories:
            signatories_item = Signatory.from_dict(signatories_item_data)

            signatories.append(signatories_item)

        signed_date = datetime.date.fromisoformat(d.pop("signed_date"))

        _declared_facts = d.pop("declared_facts", UNSET)
        declared_facts: AuthorisationInDeclaredFacts | Unset
        if isinstance(_declared_facts, Unset):
            declared_facts = UNSET
        else:
            declared_facts = AuthorisationInDeclaredFacts.from_dict(_declared_facts)

        authorisation_in = cls(
            signatories=signatories,
            signed_date=signed_date,
            declared_facts=declared_facts,
        )

        authorisation_in.additional_properties = d
        return authorisation_in

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
