"""Evaluation, parameter and rule set endpoints."""

import json
import tempfile
from collections.abc import AsyncIterator
from datetime import date
from typing import Annotated, Literal

from fastapi import APIRouter, Body, Depends, FastAPI, Query, Request
from fastapi.responses import StreamingResponse
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect

from services.common.auth import Principal, require
from services.common.db import Database, SessionDep
from services.common.errors import Forbidden, Invalid, NotFound, Unauthorized, problem_responses
from services.eligibility.rules import batch, columnar, csvbody, service
from services.eligibility.rules.schemas import (
    TEMPORARY_ASSISTANCE_EXAMPLE,
    BatchLine,
    BatchRecord,
    EvaluationRequest,
    EvaluationResult,
    ParameterPublic,
    ParameterWrite,
    RuleSetPublic,
    RuleSetWrite,
)
from services.eligibility.rules.seed import TEMPORARY_ASSISTANCE_RULES

router = APIRouter(tags=["rules"])
evaluations = APIRouter(tags=["evaluations"])
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


@evaluations.post(
    "/v1/evaluations",
    name="run",
    response_model=EvaluationResult,
    responses=ERRORS,
    summary="资格测算（逐条说明）",
)
def evaluate(
    body: Annotated[EvaluationRequest, Body(openapi_examples=EXAMPLES)],
    request: Request,
    principal: Staff,
    session: SessionDep,
) -> EvaluationResult:
    """工作人员（窗口、部门、监督、管理员）。

    一户一个事项在某日的资格：每个条件给出 passed / failed / unknown 及所用数字；缺少事实得
    `needs_facts` 并列出缺少的事实，事实格式错误为 422 并指明 `facts.<名称>`。给出 `household_id_numbers`
    时，本年度救助次数与金额取自转办服务的救助记录（转办服务不可用时照常测算并在 `notes` 中说明）。
    """
    return service.evaluate(session=session, body=body, grants=request.app.state.grants_source)


@router.get(
    "/v1/parameters",
    response_model=list[ParameterPublic],
    responses=problem_responses(Unauthorized, Forbidden),
    summary="规则参数（含历史）",
)
def list_parameters(principal: Staff, session: SessionDep) -> list[ParameterPublic]:
    """工作人员。每个参数的每个取值及其生效日期（低保标准等），被取代的取值保留 `superseded_at`。"""
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
    """系统管理员。参数自某日起的新取值（金额为元的字符串，次数为整数）；同一生效日再次设置时取代旧行，
    旧值留在历史中；修改留痕。"""
    return _public(service.set_parameter(session=session, name=name, body=body, actor=principal.subject))


@router.get(
    "/v1/rules/{item_code}",
    name="get",
    response_model=RuleSetPublic,
    response_model_exclude_unset=True,  # the definition as it was written, without the defaults filled in
    responses=ERRORS,
    summary="事项的资格规则（数据）",
)
def get_rules(item_code: str, principal: Staff, session: SessionDep) -> RuleSetPublic:
    """工作人员。事项当前生效的规则版本：读取的事实、用到的参数、条件（规则语言表达式，docs/rules.md）。"""
    row = service.get_rule_set(session=session, item_code=item_code)
    return RuleSetPublic.model_validate(row, from_attributes=True)


@router.put(
    "/v1/rules/{item_code}",
    name="publish",
    response_model=RuleSetPublic,
    response_model_exclude_unset=True,
    responses=ERRORS,
    summary="发布新版本资格规则",
)
def put_rules(
    item_code: str,
    body: Annotated[RuleSetWrite, Body(openapi_examples=RULE_EXAMPLES)],
    principal: Admin,
    session: SessionDep,
) -> RuleSetPublic:
    """系统管理员。先按结构校验（未知的键为 422 并指明，如 `definition.conditions[4].aplies_when`），
    再编译表达式，都通过后才存为下一版本；旧版本保留，修改留痕。"""
    row = service.put_rule_set(
        session=session,
        item_code=item_code,
        definition=body.definition,
        note=body.note,
        actor=principal.subject,
    )
    return RuleSetPublic.model_validate(row, from_attributes=True)


CSV_HEADER = "id,members,residency,on_dibao,assistance_type,income_6m,medical_expense_6m"
RECORD = "#/components/schemas/BatchRecord"
BATCH_BODY = {
    "requestBody": {
        "required": True,
        "description": "三种格式任选其一（按 Content-Type）；边读边算，不必一次读完。",
        "content": {
            "application/json": {
                "schema": {"type": "array", "items": {"$ref": RECORD}},
                "example": [{"id": "H001", "facts": TEMPORARY_ASSISTANCE_EXAMPLE["facts"]}],
            },
            "application/x-ndjson": {
                "schema": {"$ref": RECORD, "description": "JSON lines：每行一条 BatchRecord"},
                "example": '{"id": "H001", "members": 3, "residency": "local_hukou"}\n'
                '{"id": "H002", "facts": {"members": 2, "residency": "other"}}\n',
            },
            "text/csv": {
                "schema": {
                    "type": "string",
                    "description": "UTF-8 CSV。第一行为表头：事实名（docs/rules.md，如 "
                    f"`{CSV_HEADER}`），可选 `id` 列；此后每行一户，空格子表示未知。",
                },
                "example": f"{CSV_HEADER}\nH001,3,local_hukou,false,expenditure,12000.00,8000.00\n",
            },
        },
    }
}
BATCH_ANSWER = {
    200: {
        "description": "逐户流式输出：output=ndjson 时每行一个 BatchLine（首行 batch、每 progress_every 户一行 "
        "progress、每户一行结果或 error、末行 summary）；output=csv 时为 CSV。",
        "content": {
            "application/x-ndjson": {
                "example": '{"batch":{"item_code":"temporary_assistance","as_of":"2026-03-15",'
                '"rule_version":"temporary_assistance@v1","parameters":{"urban_dibao_monthly":"1120.00"}}}\n'
                '{"row":1,"id":"H001","outcome":"eligible","conditions":{"residency":"passed"},"missing_facts":[]}\n'
                '{"summary":{"processed":1,"errors":0,"eligible":1,"ineligible":0,"needs_facts":0}}\n'
            },
            "text/csv": {
                "schema": {
                    "type": "string",
                    "description": "表头 `row,id,outcome,<各条件编号>,missing_facts,error`，此后每户一行；"
                    "条件列为 passed / failed / unknown，读不了的记录 outcome 为 error。",
                },
                "example": "row,id,outcome,residency,missing_facts,error\n1,H001,eligible,passed,,\n",
            },
        },
    },
    **ERRORS,
}


def document_batch_schemas(app: FastAPI) -> None:
    """The batch is read and written as a stream, not by FastAPI: add its record and line schemas."""
    completed = app.openapi

    def openapi() -> dict:
        schema = completed()
        schemas = schema.setdefault("components", {}).setdefault("schemas", {})
        for model in (BatchRecord, BatchLine):
            defs = model.model_json_schema(ref_template="#/components/schemas/{model}")
            for name, sub in defs.pop("$defs", {}).items():
                schemas.setdefault(name, sub)
            schemas.setdefault(model.__name__, defs)
        answer = schema["paths"]["/v1/evaluations/batch"]["post"]["responses"]["200"]["content"]
        answer["application/x-ndjson"]["schema"] = {"$ref": "#/components/schemas/BatchLine"}
        return schema

    app.openapi = openapi


READERS = {
    "application/json": batch.json_array_records,
    "application/x-ndjson": batch.json_lines_records,
    "application/jsonl": batch.json_lines_records,
    "application/x-jsonlines": batch.json_lines_records,
    "text/csv": batch.csv_records,
}


async def spooled(parts) -> AsyncIterator[bytes]:
    """The answer held back until the whole body is read: 1 MB in memory, the rest in a temporary file.

    Most HTTP clients (httpx, requests, many curl builds) send the whole body before they read, so an
    answer streamed while the body is still arriving fills the socket buffers both ways and stalls
    once both are full (a few MB); spooling keeps memory flat and works with every client.
    """
    with tempfile.SpooledTemporaryFile(max_size=1 << 20) as spool:
        async for part in parts:
            spool.write(part.encode() if isinstance(part, str) else part)
        spool.seek(0)
        while piece := spool.read(1 << 20):
            yield piece


class BodyStreamingResponse(StreamingResponse):
    """Streams the answer while the request body is still being read (NDJSON unless told otherwise).

    Starlette's StreamingResponse (on ASGI spec < 2.4, i.e. uvicorn) listens for a disconnect at the
    same time, and that listener swallows the request's body messages; writing to a gone client
    still fails, so disconnects are noticed all the same.
    """

    media_type = "application/x-ndjson"

    async def __call__(self, scope, receive, send) -> None:
        try:
            await self.stream_response(send)
        except OSError as exc:
            raise ClientDisconnect() from exc


async def _replay(first: bytes, rest):
    yield first
    async for chunk in rest:
        yield chunk


def _prepare(db: Database, item_code: str, as_of: date):
    with db.session() as session:
        rule = service.load_rule(session=session, item_code=item_code)
        rows = service.parameter_values(session=session, names=rule.parameters, as_of=as_of)
        return (
            rule,
            {n: r.value for n, r in rows.items()},
            {n: service.parameter_value_public(r) for n, r in rows.items()},
        )


@evaluations.post(
    "/v1/evaluations/batch",
    name="batch",
    responses=BATCH_ANSWER,
    openapi_extra=BATCH_BODY,
    summary="批量测算（年审/清查）：流式输入、流式输出",
    response_class=BodyStreamingResponse,
)
async def evaluate_batch(
    request: Request,
    principal: Staff,
    item_code: str,
    as_of: date,
    output: Literal["ndjson", "csv"] = "ndjson",
    progress_every: Annotated[int, Query(ge=100, le=10_000_000)] = 10_000,
):
    """工作人员（窗口、部门、监督、管理员）。年审、清查时一次测算成千上万户。

    请求体为 JSON 数组、JSON lines（每行一条 `BatchRecord`）或 CSV（表头为事实名，可选 `id` 列），边读边算，
    内存占用不随户数增长（CSV 输入、CSV 输出按列向量化处理，百万户约数秒）。整批读完后开始输出。输出逐户一行：
    `row`、`id`、`outcome`、各条件结果、`missing_facts`；读不了的记录输出 `error` 并指明行与字段，不中断整批。
    ndjson 输出首行为 `batch`（规则版本与参数取值），每 `progress_every` 户一行 `progress`，末行 `summary`。
    事项没有规则为 404；Content-Type 不支持，CSV 缺少表头、列名重复（`header.<列名>`）、表头没有本事项读取的事实，
    或开头部分不是 UTF-8 文本（指明行），均为 422。
    """
    # async on purpose: the body is read as it arrives instead of being buffered whole; the CPU work
    # runs in the thread pool a chunk at a time, so memory stays constant and the event loop stays free
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    reader = READERS.get(ctype)
    if reader is None:
        raise Invalid(
            "Content-Type 须为 application/json、application/x-ndjson 或 text/csv", field="Content-Type"
        )
    rule, params, shown = await run_in_threadpool(_prepare, request.app.state.db, item_code, as_of)
    body = request.stream()
    if ctype == "text/csv":
        # the header is checked before the answer starts: no header, a repeated column or none the rule reads is a 422
        head = await csvbody.read_head(body)
        plan = columnar.plan(rule, params, head.header)
        if (
            output == "csv"
        ):  # vectorised all the way (csvbody.py, columnar.py); the NDJSON answer renders per household
            first, rest = await csvbody.first_block(plan, head, body, run_in_threadpool)
            rows = csvbody.result_rows(plan, batch.csv_header(rule), first, rest, run_in_threadpool)
            return BodyStreamingResponse(spooled(rows), media_type="text/csv; charset=utf-8")
        body = _replay(head.raw, body)
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
            async for record in reader(batch.decoded(body)):
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
    return BodyStreamingResponse(spooled(stream()), media_type=media)
