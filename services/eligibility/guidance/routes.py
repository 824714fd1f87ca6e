"""Checklist, routing and suggestion endpoints, and the admin API for suggestion rules."""

from typing import Annotated

from fastapi import APIRouter, Depends

from services.common.auth import Principal, require
from services.common.db import SessionDep
from services.common.errors import Forbidden, Invalid, NotFound, Unauthorized, problem_responses
from services.eligibility.guidance import service
from services.eligibility.guidance.schemas import (
    ChecklistRequest,
    ChecklistResponse,
    RouteDecision,
    RouteRequest,
    SuggestionRequest,
    SuggestionResponse,
    SuggestionRulePublic,
    SuggestionRuleWrite,
)

router = APIRouter(tags=["guidance"])
Staff = Annotated[Principal, Depends(require("window_staff", "department_staff", "supervisor", "admin"))]
Admin = Annotated[Principal, Depends(require("admin"))]
ERRORS = problem_responses(Unauthorized, Forbidden, Invalid)


@router.post(
    "/v1/materials/checklist",
    response_model=ChecklistResponse,
    responses=ERRORS,
    summary="一次性告知：尚缺材料清单（跨事项去重）",
)
def checklist(body: ChecklistRequest, principal: Staff, session: SessionDep) -> ChecklistResponse:
    return service.checklist(session=session, body=body)


@router.post(
    "/v1/routes", response_model=RouteDecision, responses=ERRORS, summary="分类处置：通知单类型与接收部门"
)
def route(body: RouteRequest, principal: Staff, session: SessionDep) -> RouteDecision:
    return service.route(session=session, body=body)


@router.post(
    "/v1/suggestions",
    response_model=SuggestionResponse,
    responses=ERRORS,
    summary="“不知道申请什么”：建议事项",
)
def suggest(body: SuggestionRequest, principal: Staff, session: SessionDep) -> SuggestionResponse:
    return service.suggest(session=session, body=body)


@router.get(
    "/v1/suggestion-rules", response_model=list[SuggestionRulePublic], responses=ERRORS, summary="建议规则"
)
def list_rules(principal: Staff, session: SessionDep) -> list[SuggestionRulePublic]:
    return [
        SuggestionRulePublic.model_validate(r, from_attributes=True)
        for r in service.list_suggestion_rules(session=session)
    ]


@router.post(
    "/v1/suggestion-rules",
    response_model=SuggestionRulePublic,
    status_code=201,
    responses=ERRORS,
    summary="新增建议规则",
)
def create_rule(body: SuggestionRuleWrite, principal: Admin, session: SessionDep) -> SuggestionRulePublic:
    rule = service.save_suggestion_rule(session=session, body=body, actor=principal.subject)
    return SuggestionRulePublic.model_validate(rule, from_attributes=True)


@router.put(
    "/v1/suggestion-rules/{rule_id}",
    response_model=SuggestionRulePublic,
    responses=problem_responses(Unauthorized, Forbidden, Invalid, NotFound),
    summary="修改建议规则",
)
def update_rule(
    rule_id: int, body: SuggestionRuleWrite, principal: Admin, session: SessionDep
) -> SuggestionRulePublic:
    rule = service.save_suggestion_rule(session=session, body=body, actor=principal.subject, rule_id=rule_id)
    return SuggestionRulePublic.model_validate(rule, from_attributes=True)
