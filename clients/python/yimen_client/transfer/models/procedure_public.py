from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.evaluation_result import EvaluationResult
    from ..models.file_stored import FileStored
    from ..models.investigator import Investigator
    from ..models.member_in import MemberIn
    from ..models.objection_public import ObjectionPublic
    from ..models.procedure_public_declared_facts import ProcedurePublicDeclaredFacts
    from ..models.procedure_public_facts import ProcedurePublicFacts
    from ..models.procedure_public_investigated_facts import (
        ProcedurePublicInvestigatedFacts,
    )
    from ..models.procedure_public_verified_facts import ProcedurePublicVerifiedFacts
    from ..models.step_public import StepPublic
    from ..models.vote_public import VotePublic


T = TypeVar("T", bound="ProcedurePublic")


@_attrs_define
class ProcedurePublic:
    """The procedure of one item slip: steps, facts, stored evaluation, proposal, votes, decision.

    Attributes:
        id (int):
        slip_id (int):
        slip_number (str):
        case_id (int):
        case_number (str):
        item_code (str):
        item_name (str):
        region (str):
        current_step (str):
        current_step_name (str):
        started_date (datetime.date):
        item_due_date (datetime.date | None):
        steps (list[StepPublic]):
        investigators (list[Investigator]):
        third_party_id (None | str):
        declared_facts (ProcedurePublicDeclaredFacts):
        investigated_facts (ProcedurePublicInvestigatedFacts):
        verified_facts (ProcedurePublicVerifiedFacts):
        facts (ProcedurePublicFacts): 测算所用：申报 < 入户调查 < 核对，后者覆盖前者
        evaluation (EvaluationResult | None):
        evaluation_error (None | str):
        evaluated_at (datetime.datetime | None):
        check_slip_id (int | None):
        proposal (None | str):
        proposed_amount (None | str):
        proposal_reason (None | str):
        disclosure_start_date (datetime.date | None):
        disclosure_end_date (datetime.date | None):
        objections (list[ObjectionPublic]):
        approval_group (list[MemberIn]):
        votes (list[VotePublic]):
        decision (None | str):
        decision_amount (None | str):
        decision_period (None | str):
        decision_reason (None | str):
        decided_at (datetime.datetime | None):
        meeting_members (list[str]):
        denial_number (None | str):
        denial_delivered_at (datetime.datetime | None):
        denial_delivery (None | str):
        files (list[FileStored]):
        allowed (list[str]): 当前调用者此刻可以执行的操作
    """

    id: int
    slip_id: int
    slip_number: str
    case_id: int
    case_number: str
    item_code: str
    item_name: str
    region: str
    current_step: str
    current_step_name: str
    started_date: datetime.date
    item_due_date: datetime.date | None
    steps: list[StepPublic]
    investigators: list[Investigator]
    third_party_id: None | str
    declared_facts: ProcedurePublicDeclaredFacts
    investigated_facts: ProcedurePublicInvestigatedFacts
    verified_facts: ProcedurePublicVerifiedFacts
    facts: ProcedurePublicFacts
    evaluation: EvaluationResult | None
    evaluation_error: None | str
    evaluated_at: datetime.datetime | None
    check_slip_id: int | None
    proposal: None | str
    proposed_amount: None | str
    proposal_reason: None | str
    disclosure_start_date: datetime.date | None
    disclosure_end_date: datetime.date | None
    objections: list[ObjectionPublic]
    approval_group: list[MemberIn]
    votes: list[VotePublic]
    decision: None | str
    decision_amount: None | str
    decision_period: None | str
    decision_reason: None | str
    decided_at: datetime.datetime | None
    meeting_members: list[str]
    denial_number: None | str
    denial_delivered_at: datetime.datetime | None
    denial_delivery: None | str
    files: list[FileStored]
    allowed: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.evaluation_result import EvaluationResult

        id = self.id

        slip_id = self.slip_id

        slip_number = self.slip_number

        case_id = self.case_id

        case_number = self.case_number

        item_code = self.item_code

        item_name = self.item_name

        region = self.region

        current_step = self.current_step

        current_step_name = self.current_step_name

        started_date = self.started_date.isoformat()

        item_due_date: None | str
        if isinstance(self.item_due_date, datetime.date):
            item_due_date = self.item_due_date.isoformat()
        else:
            item_due_date = self.item_due_date

        steps = []
        for steps_item_data in self.steps:
            steps_item = steps_item_data.to_dict()
            steps.append(steps_item)

        investigators = []
        for investigators_item_data in self.investigators:
            investigators_item = investigators_item_data.to_dict()
            investigators.append(investigators_item)

        third_party_id: None | str
        third_party_id = self.third_party_id

        declared_facts = self.declared_facts.to_dict()

        investigated_facts = self.investigated_facts.to_dict()

        verified_facts = self.verified_facts.to_dict()

        facts = self.facts.to_dict()

        evaluation: dict[str, Any] | None
        if isinstance(self.evaluation, EvaluationResult):
            evaluation = self.evaluation.to_dict()
        else:
            evaluation = self.evaluation

        evaluation_error: None | str
        evaluation_error = self.evaluation_error

        evaluated_at: None | str
        if isinstance(self.evaluated_at, datetime.datetime):
            evaluated_at = self.evaluated_at.isoformat()
        else:
            evaluated_at = self.evaluated_at

        check_slip_id: int | None
        check_slip_id = self.check_slip_id

        proposal: None | str
        proposal = self.proposal

        proposed_amount: None | str
        proposed_amount = self.proposed_amount

        proposal_reason: None | str
        proposal_reason = self.proposal_reason

        disclosure_start_date: None | str
        if isinstance(self.disclosure_start_date, datetime.date):
            disclosure_start_date = self.disclosure_start_date.isoformat()
        else:
            disclosure_start_date = self.disclosure_start_date

        disclosure_end_date: None | str
        if isinstance(self.disclosure_end_date, datetime.date):
            disclosure_end_date = self.disclosure_end_date.isoformat()
        else:
            disclosure_end_date = self.disclosure_end_date

        objections = []
        for objections_item_data in self.objections:
            objections_item = objections_item_data.to_dict()
            objections.append(objections_item)

        approval_group = []
        for approval_group_item_data in self.approval_group:
            approval_group_item = approval_group_item_data.to_dict()
            approval_group.append(approval_group_item)

        votes = []
        for votes_item_data in self.votes:
            votes_item = votes_item_data.to_dict()
            votes.append(votes_item)

        decision: None | str
        decision = self.decision

        decision_amount: None | str
        decision_amount = self.decision_amount

        decision_period: None | str
        decision_period = self.decision_period

        decision_reason: None | str
        decision_reason = self.decision_reason

        decided_at: None | str
        if isinstance(self.decided_at, datetime.datetime):
            decided_at = self.decided_at.isoformat()
        else:
            decided_at = self.decided_at

        meeting_members = self.meeting_members

        denial_number: None | str
        denial_number = self.denial_number

        denial_delivered_at: None | str
        if isinstance(self.denial_delivered_at, datetime.datetime):
            denial_delivered_at = self.denial_delivered_at.isoformat()
        else:
            denial_delivered_at = self.denial_delivered_at

        denial_delivery: None | str
        denial_delivery = self.denial_delivery

        files = []
        for files_item_data in self.files:
            files_item = files_item_data.to_dict()
            files.append(files_item)

        allowed = self.allowed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "slip_id": slip_id,
                "slip_number": slip_number,
                "case_id": case_id,
                "case_number": case_number,
                "item_code": item_code,
                "item_name": item_name,
                "region": region,
                "current_step": current_step,
                "current_step_name": current_step_name,
                "started_date": started_date,
                "item_due_date": item_due_date,
                "steps": steps,
                "investigators": investigators,
                "third_party_id": third_party_id,
                "declared_facts": declared_facts,
                "investigated_facts": investigated_facts,
                "verified_facts": verified_facts,
                "facts": facts,
                "evaluation": evaluation,
                "evaluation_error": evaluation_error,
                "evaluated_at": evaluated_at,
                "check_slip_id": check_slip_id,
                "proposal": proposal,
                "proposed_amount": proposed_amount,
                "proposal_reason": proposal_reason,
                "disclosure_start_date": disclosure_start_date,
                "disclosure_end_date": disclosure_end_date,
                "objections": objections,
                "approval_group": approval_group,
                "votes": votes,
                "decision": decision,
                "decision_amount": decision_amount,
                "decision_period": decision_period,
                "decision_reason": decision_reason,
                "decided_at": decided_at,
                "meeting_members": meeting_members,
                "denial_number": denial_number,
                "denial_delivered_at": denial_delivered_at,
                "denial_delivery": denial_delivery,
                "files": files,
                "allowed": allowed,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.evaluation_result import EvaluationResult
        from ..models.file_stored import FileStored
        from ..models.investigator import Investigator
        from ..models.member_in import MemberIn
        from ..models.objection_public import ObjectionPublic
        from ..models.procedure_public_declared_facts import (
            ProcedurePublicDeclaredFacts,
        )
        from ..models.procedure_public_facts import ProcedurePublicFacts
        from ..models.procedure_public_investigated_facts import (
            ProcedurePublicInvestigatedFacts,
        )
        from ..models.procedure_public_verified_facts import (
            ProcedurePublicVerifiedFacts,
        )
        from ..models.step_public import StepPublic
        from ..models.vote_public import VotePublic

        d = dict(src_dict)
        id = d.pop("id")

        slip_id = d.pop("slip_id")

        slip_number = d.pop("slip_number")

        case_id = d.pop("case_id")

        case_number = d.pop("case_number")

        item_code = d.pop("item_code")

        item_name = d.pop("item_name")

        region = d.pop("region")

        current_step = d.pop("current_step")

        current_step_name = d.pop("current_step_name")

        started_date = datetime.date.fromisoformat(d.pop("started_date"))

        def _parse_item_due_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                item_due_date_type_0 = datetime.date.fromisoformat(data)

                return item_due_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        item_due_date = _parse_item_due_date(d.pop("item_due_date"))

        steps = []
        _steps = d.pop("steps")
        for steps_item_data in _steps:
            steps_item = StepPublic.from_dict(steps_item_data)

            steps.append(steps_item)

        investigators = []
        _investigators = d.pop("investigators")
        for investigators_item_data in _investigators:
            investigators_item = Investigator.from_dict(investigators_item_data)

            investigators.append(investigators_item)

        def _parse_third_party_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        third_party_id = _parse_third_party_id(d.pop("third_party_id"))

        declared_facts = ProcedurePublicDeclaredFacts.from_dict(d.pop("declared_facts"))

        investigated_facts = ProcedurePublicInvestigatedFacts.from_dict(
            d.pop("investigated_facts")
        )

        verified_facts = ProcedurePublicVerifiedFacts.from_dict(d.pop("verified_facts"))

        facts = ProcedurePublicFacts.from_dict(d.pop("facts"))

        def _parse_evaluation(data: object) -> EvaluationResult | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                evaluation_type_0 = EvaluationResult.from_dict(data)

                return evaluation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EvaluationResult | None, data)

        evaluation = _parse_evaluation(d.pop("evaluation"))

        def _parse_evaluation_error(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        evaluation_error = _parse_evaluation_error(d.pop("evaluation_error"))

        def _parse_evaluated_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                evaluated_at_type_0 = datetime.datetime.fromisoformat(data)

                return evaluated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        evaluated_at = _parse_evaluated_at(d.pop("evaluated_at"))

        def _parse_check_slip_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        check_slip_id = _parse_check_slip_id(d.pop("check_slip_id"))

        def _parse_proposal(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        proposal = _parse_proposal(d.pop("proposal"))

        def _parse_proposed_amount(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        proposed_amount = _parse_proposed_amount(d.pop("proposed_amount"))

        def _parse_proposal_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        proposal_reason = _parse_proposal_reason(d.pop("proposal_reason"))

        def _parse_disclosure_start_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                disclosure_start_date_type_0 = datetime.date.fromisoformat(data)

                return disclosure_start_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        disclosure_start_date = _parse_disclosure_start_date(
            d.pop("disclosure_start_date")
        )

        def _parse_disclosure_end_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                disclosure_end_date_type_0 = datetime.date.fromisoformat(data)

                return disclosure_end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        disclosure_end_date = _parse_disclosure_end_date(d.pop("disclosure_end_date"))

        objections = []
        _objections = d.pop("objections")
        for objections_item_data in _objections:
            objections_item = ObjectionPublic.from_dict(objections_item_data)

            objections.append(objections_item)

        approval_group = []
        _approval_group = d.pop("approval_group")
        for approval_group_item_data in _approval_group:
            approval_group_item = MemberIn.from_dict(approval_group_item_data)

            approval_group.append(approval_group_item)

        votes = []
        _votes = d.pop("votes")
        for votes_item_data in _votes:
            votes_item = VotePublic.from_dict(votes_item_data)

            votes.append(votes_item)

        def _parse_decision(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        decision = _parse_decision(d.pop("decision"))

        def _parse_decision_amount(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        decision_amount = _parse_decision_amount(d.pop("decision_amount"))

        def _parse_decision_period(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        decision_period = _parse_decision_period(d.pop("decision_period"))

        def _parse_decision_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        decision_reason = _parse_decision_reason(d.pop("decision_reason"))

        def _parse_decided_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                decided_at_type_0 = datetime.datetime.fromisoformat(data)

                return decided_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        decided_at = _parse_decided_at(d.pop("decided_at"))

        meeting_members = cast(list[str], d.pop("meeting_members"))

        def _parse_denial_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        denial_number = _parse_denial_number(d.pop("denial_number"))

        def _parse_denial_delivered_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                denial_delivered_at_type_0 = datetime.datetime.fromisoformat(data)

                return denial_delivered_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        denial_delivered_at = _parse_denial_delivered_at(d.pop("denial_delivered_at"))

        def _parse_denial_delivery(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        denial_delivery = _parse_denial_delivery(d.pop("denial_delivery"))

        files = []
        _files = d.pop("files")
        for files_item_data in _files:
            files_item = FileStored.from_dict(files_item_data)

            files.append(files_item)

        allowed = cast(list[str], d.pop("allowed"))

        procedure_public = cls(
            id=id,
            slip_id=slip_id,
            slip_number=slip_number,
            case_id=case_id,
            case_number=case_number,
            item_code=item_code,
            item_name=item_name,
            region=region,
            current_step=current_step,
            current_step_name=current_step_name,
            started_date=started_date,
            item_due_date=item_due_date,
            steps=steps,
            investigators=investigators,
            third_party_id=third_party_id,
            declared_facts=declared_facts,
            investigated_facts=investigated_facts,
            verified_facts=verified_facts,
            facts=facts,
            evaluation=evaluation,
            evaluation_error=evaluation_error,
            evaluated_at=evaluated_at,
            check_slip_id=check_slip_id,
            proposal=proposal,
            proposed_amount=proposed_amount,
            proposal_reason=proposal_reason,
            disclosure_start_date=disclosure_start_date,
            disclosure_end_date=disclosure_end_date,
            objections=objections,
            approval_group=approval_group,
            votes=votes,
            decision=decision,
            decision_amount=decision_amount,
            decision_period=decision_period,
            decision_reason=decision_reason,
            decided_at=decided_at,
            meeting_members=meeting_members,
            denial_number=denial_number,
            denial_delivered_at=denial_delivered_at,
            denial_delivery=denial_delivery,
            files=files,
            allowed=allowed,
        )

        procedure_public.additional_properties = d
        return procedure_public

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
