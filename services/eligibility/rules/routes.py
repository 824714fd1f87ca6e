"""Evaluation, parameter and rule set endpoints."""

import json
from datetime import date
from typing import Annotated, Literal

from fastapi import APIRouter, Body, Depends, Query, Request
from fastapi.responses import StreamingResponse
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect

from services.common.auth import Principal, require
from services.common.db import Database, SessionDep
from services.common.errors import Forbidden, Invalid, NotFound, Unauthorized, problem_responses
from services.eligibility.rules import batch, service
from services.eligibility.rules.schemas import (
    TEMPORARY_ASSISTANCE_EXAMPLE,
    EvaluationRequest,
    EvaluationResult,
    ParameterPublic,
    ParameterWrite,
    RuleSetPublic,
    RuleSetWrite,
)
from services.eligibility.rules.seed import TEMPORARY_ASSISTANCE_RULES

router = APIRouter(tags=["rules"])
Staff = Annotated[Principal, Depends(require("window_staff", "department_staff", "supervisor", "admin"))]
Admin = Annotated[Principal, Depends(require("admin"))]
ERRORS = problem_responses(Unauthorized, Forbidden, NotFound, Invalid)
EXAMPLES = {
    "expenditure": {"summary": "支出型临时救助（全部事实）", "value": TEMPORARY_ASSISTANCE_EXAMPLE},
    "emergency_missing": {
        "summary": "急难型，缺少救助次数（needs_facts）",
        "value": {
            "item_code": "temporary_assistance",
            "as_of": "2026-03-15",
            "facts": {
                "members": 2,
                "residency": "local_hukou",
                "assistance_type": "emergency",
                "granted_amount_this_year": "0",
                "requested_amount": "5000.00",
            },
        },
    },
    "with_records": {
        "summary": "本年度救助次数与金额取自转办服务记录",
        "value": {**TEMPORARY_ASSISTANCE_EXAMPLE, "household_id_numbers": ["370211199001011233"]},
    },
}

RULE_EXAMPLES = {
    "temporary_assistance": {
        "summary": "临时救助规则（演示种子，docs/rules.md）",
        "value": {"definition": TEMPORARY_ASSISTANCE_RULES, "note": "依据实施细则"},
    }
}


def _public(row) -> ParameterPublic:
    return ParameterPublic(
        id=row.id,
        name=row.name,
        label=row.label,
        unit=row.unit,
        value=service.parameter_value_public(row),
        effective_from=row.effective_from_date,
        note=row.note,
        created_by=row.created_by,
        created_at=row.created_at,
        superseded_at=row.superseded_at,
    )


@router.post(
    "/v1/evaluations", response_model=EvaluationResult, responses=ERRORS, summary="资格测算（逐条说明）"
)
def evaluate(
    body: Annotated[EvaluationRequest, Body(openapi_examples=EXAMPLES)],
    request: Request,
    principal: Staff,
    session: SessionDep,
) -> EvaluationResult:
    """Each condition passed / failed / unknown with the numbers used; a missing fact gives `needs_facts`,
    a malformed one a 422 naming `facts.<name>`. With `household_id_numbers`, prior grants this year come
    from the transfer service's records."""
    return service.evaluate(session=session, body=body, grants=request.app.state.grants_source)


@router.get(
    "/v1/parameters", response_model=list[ParameterPublic], responses=ERRORS, summary="规则参数（含历史）"
)
def list_parameters(principal: Staff, session: SessionDep) -> list[ParameterPublic]:
    return [_public(r) for r in service.list_parameters(session=session)]


@router.post(
    "/v1/parameters/{name}",
    response_model=ParameterPublic,
    status_code=201,
    responses=ERRORS,
    summary="设置参数自某日起的取值",
)
def set_parameter(
    name: str,
    body: Annotated[
        ParameterWrite,
        Body(
            openapi_examples={
                "dibao": {
                    "summary": "2027 年城市低保标准",
                    "value": {"value": "1160.00", "effective_from": "2027-01-01", "note": "市政府通知"},
                }
            }
        ),
    ],
    principal: Admin,
    session: SessionDep,
) -> ParameterPublic:
    return _public(service.set_parameter(session=session, name=name, body=body, actor=principal.subject))


@router.get(
    "/v1/rules/{item_code}", response_model=RuleSetPublic, responses=ERRORS, summary="事项的资格规则（数据）"
)
def get_rules(item_code: str, principal: Staff, session: SessionDep) -> RuleSetPublic:
    row = service.get_rule_set(session=session, item_code=item_code)
    return RuleSetPublic.model_validate(row, from_attributes=True)


@router.put(
    "/v1/rules/{item_code}", response_model=RuleSetPublic, responses=ERRORS, summary="发布新版本资格规则"
)
def put_rules(
    item_code: str,
    body: Annotated[RuleSetWrite, Body(openapi_examples=RULE_EXAMPLES)],
    principal: Admin,
    session: SessionDep,
) -> RuleSetPublic:
    """Checked against the schema (an unknown key is a 422 naming it, e.g.
    `definition.conditions[4].aplies_when`), then compiled; only then stored as the next version."""
    row = service.put_rule_set(
        session=session,
        item_code=item_code,
        definition=body.definition,
        note=body.note,
        actor=principal.subject,
    )
    return RuleSetPublic.model_validate(row, from_attributes=True)


BATCH_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {"example": [{"id": "H001", "facts": TEMPORARY_ASSISTANCE_EXAMPLE["facts"]}]},
            "application/x-ndjson": {"example": '{"id": "H001", "members": 3, "residency": "local_hukou"}\n'},
            "text/csv": {
                "example": "id,members,residency,on_dibao,assistance_type\nH001,3,local_hukou,false,emergency\n"
            },
        },
    }
}
READERS = {
    "application/json": batch.json_array_records,
    "application/x-ndjson": batch.json_lines_records,
    "application/jsonl": batch.json_lines_records,
    "application/x-jsonlines": batch.json_lines_records,
    "text/csv": batch.csv_records,
}


class BodyStreamingResponse(StreamingResponse):
    """Streams the answer while the request body is still being read.

    Starlette's StreamingResponse (on ASGI spec < 2.4, i.e. uvicorn) listens for a disconnect at the
    same time, and that listener swallows the request's body messages; writing to a gone client
    still fails, so disconnects are noticed all the same.
    """

    async def __call__(self, scope, receive, send) -> None:
        try:
            await self.stream_response(send)
        except OSError as exc:
            raise ClientDisconnect() from exc


def _prepare(db: Database, item_code: str, as_of: date):
    with db.session() as session:
        rule = service.load_rule(session=session, item_code=item_code)
        rows = service.parameter_values(session=session, names=rule.parameters, as_of=as_of)
        return (
            rule,
            {n: r.value for n, r in rows.items()},
            {n: service.parameter_value_public(r) for n, r in rows.items()},
        )


@router.post(
    "/v1/evaluations/batch",
    responses=ERRORS,
    openapi_extra=BATCH_BODY,
    summary="批量测算（年审/清查）：流式输入、流式输出",
    response_class=StreamingResponse,
)
async def evaluate_batch(
    request: Request,
    principal: Staff,
    item_code: str,
    as_of: date,
    output: Literal["ndjson", "csv"] = "ndjson",
    progress_every: Annotated[int, Query(ge=100, le=10_000_000)] = 10_000,
):
    """Body: a JSON array, JSON lines or CSV (header = fact names, optional `id`). Output: one line per household
    (`row`, `id`, `outcome`, each condition's result, `missing_facts`, or `error` naming the field); with
    ndjson a first `batch` line, a `progress` line every `progress_every` households and a final `summary`."""
    # async on purpose: the body is read as it arrives instead of being buffered whole; the CPU work
    # runs in the thread pool a chunk at a time, so memory stays constant and the event loop stays free
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    reader = READERS.get(ctype)
    if reader is None:
        raise Invalid(
            "Content-Type 须为 application/json、application/x-ndjson 或 text/csv", field="Content-Type"
        )
    rule, params, shown = await run_in_threadpool(_prepare, request.app.state.db, item_code, as_of)
    chunk = min(batch.CHUNK, progress_every)

    def line(obj) -> str:
        return json.dumps(obj, ensure_ascii=False, default=str) + "\n" if output == "ndjson" else ""

    async def stream():
        totals, pending, next_progress = batch.Totals(), [], progress_every
        yield (
            line(
                {
                    "batch": {
                        "item_code": item_code,
                        "as_of": as_of,
                        "rule_version": rule.rule_version,
                        "parameters": shown,
                    }
                }
            )
            if output == "ndjson"
            else batch.csv_header(rule)
        )
        try:
            async for record in reader(batch.decoded(request.stream())):
                pending.append(record)
                if len(pending) >= chunk:
                    yield await run_in_threadpool(batch.evaluate_chunk, rule, params, pending, totals, output)
                    pending = []
                    if totals.processed >= next_progress:
                        next_progress = (totals.processed // progress_every + 1) * progress_every
                        yield line({"progress": {"processed": totals.processed, "errors": totals.errors}})
        except batch.BadInput as exc:
            bad = exc
        else:
            bad = None
        if pending:
            yield await run_in_threadpool(batch.evaluate_chunk, rule, params, pending, totals, output)
        if bad is not None:
            totals.errors += 1
            yield (
                line({"error": {"field": "body", "detail": str(bad)}})
                if output == "ndjson"
                else f"#error,{bad}\n"
            )
        yield line({"summary": {"processed": totals.processed, "errors": totals.errors, **totals.outcomes}})

    media = "application/x-ndjson" if output == "ndjson" else "text/csv; charset=utf-8"
    return BodyStreamingResponse(stream(), media_type=media)
