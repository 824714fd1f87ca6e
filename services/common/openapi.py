"""The OpenAPI document of every service: operation ids, bilingual tags, bearer security, problems.

Routes declare what only they know (response model, summary, the domain errors they raise with
`problem_responses(...)`, examples); everything that follows from the route's shape is added here in
one place: who needs a token (from its dependencies), 400 where there is a body, 401/403 where a
token or a role is required, 404 where the path names a record, 422 where there is any input, all
rendered as one `Problem` schema in `application/problem+json`.
"""

import copy
import json
import re
from collections.abc import Callable, Iterator
from typing import Any, Literal

from fastapi import FastAPI
from fastapi.routing import APIRoute, iter_route_contexts
from pydantic import BaseModel, ConfigDict

from .auth import current_principal, require, signed_principal
from .errors import HTTP_TITLES, PROBLEM_JSON, Problem, ProblemError

BEARER = "bearerAuth"
BEARER_SCHEME = {
    "type": "http",
    "scheme": "bearer",
    "description": (
        "工作人员令牌：受理服务 `POST /v1/auth/token`（用户名、密码）换取，`ym1.` 开头，有效期内各服务通用。"
        "协同部门系统令牌：管理员在转办服务 `POST /v1/departments/{department_id}/client-token` 签发，"
        "`ymp_` 开头，仅用于读取本部门通知单并回调 `POST /v1/slips/{slip_id}/events`。\n\n"
        "Staff tokens come from intake `POST /v1/auth/token` (username and password) and start with `ym1.`; "
        "partner department tokens are issued by an administrator on transfer "
        "(`POST /v1/departments/{department_id}/client-token`), start with `ymp_` and serve the callbacks."
    ),
}

# Every tag any service uses, described once in Chinese and English; a service may add its own.
TAG_DESCRIPTIONS: dict[str, str] = {
    "platform": "平台 / Platform — 存活、就绪与指标，无需令牌 (liveness, readiness, metrics; no token)",
    "auth": "认证 / Authentication — 用户名密码换取令牌、注销、当前用户 (tokens, logout, who am I)",
    "applications": "申请受理 / Applications — 一门受理登记、查重、台账、撤回、不予受理、归档",
    "notices": "告知与受理 / Notices and acceptance — 收取材料、一次性告知、受理回执",
    "deadlines": "办理时限 / Deadlines — 中止、恢复、延长办理期限",
    "events": "办理进展 / Case events — 转办服务回传的签收、意见、结果 (service to service)",
    "calendar": "工作日历 / Working-day calendar — 工作日计算、节假日安排通知、期限重算",
    "people": "群众服务 / Public services — 进度查询、评价、投诉与统计",
    "catalogue": "事项目录 / Catalogue — 救助事项、所需材料、办理层级，修改留痕",
    "rules": "资格规则 / Rules and evaluations — 规则、参数与可解释的资格测算",
    "evaluations": "资格测算 / Evaluations — 单户与批量资格测算",
    "guidance": "告知与分流 / Guidance — 一次性告知清单、分类处置、建议事项",
    "slips": "通知单 / Slips — 分办、转送、转交、转办、转介通知单及部门回执",
    "verify": "核验 / Verification — 纸质通知单二维码核验（公开）",
    "departments": "承办部门 / Departments — 部门、回调地址、签名密钥与部门令牌",
    "deliveries": "推送记录 / Deliveries — 向协同部门系统推送的记录与重放",
    "supervision": "催办督办 / Supervision — 逾期催办与督办",
    "grants": "救助记录 / Grants — 本年度已获救助次数与金额",
    "cases": "受理案件 / Cases — 受理服务移交的案件、先行救助与补齐手续",
    "public": "公众服务 / The public — 进度查询、好差评、投诉，无需令牌 (no token)",
    "complaints": "投诉 / Complaints — 投诉台账、交办与答复",
    "reports": "统计 / Reports — 好差评统计与案件统计",
    "statistics": "统计 / Statistics — 部门办理时效（收到、按时率、中位工作日、退回、逾期），可导出",
    "audit": "访问记录 / Read audit — 谁查看、打印、查询、导出了哪户（只增不改）",
    "consultations": "来访登记 / Consultations — 首问负责来访登记、回访、转为申请",
    "appointments": "预约 / Appointments — 窗口预约、时段、值班与提醒",
    "outreach": "走访 / Outreach — 困难家庭走访计划、走访日志与覆盖率",
    "home_service": "上门服务 / Home service — 上门受理任务",
    "agents": "代办员 / Agents — 代办员与网格员",
    "needs": "慈善/社会力量 / Social forces — 无部门承接的需求（去除个人信息）发布给社会组织认领，转介通知单",
    "online-applications": "网上申请 / Online applications — 群众网上提交的申请及其受理",
    "caps": "救助上限 / Caps — 临时救助每户每年次数与金额上限（含先行救助）",
}


class HealthStatus(BaseModel):
    """The process answers (liveness)."""

    model_config = ConfigDict(json_schema_extra={"examples": [{"status": "ok"}]})
    status: Literal["ok"]


class Readiness(BaseModel):
    """Whether the service can serve: its database answers (readiness)."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [{"status": "ok", "database": "ok"}, {"status": "unavailable", "database": "down"}]
        }
    )
    status: Literal["ok", "unavailable"]
    database: Literal["ok", "down"]


def answer_example(example: Any, *, status: int = 200, media_type: str = "application/json") -> dict:
    """`responses=` fragment giving a route's success answer an example (merge with `|`)."""
    return {status: {"content": {media_type: {"example": example}}}}


def problem_example_for(error: type[ProblemError], detail: str, *, field: str | None = None) -> dict:
    """`responses=` fragment declaring one domain error with this route's own example detail."""
    example = {"type": "about:blank", "title": error.title, "status": error.status, "detail": detail}
    if field:
        example["field"] = field
    return {error.status: {"description": error.title, "content": {PROBLEM_JSON: {"example": example}}}}


def operation_id(route: APIRoute) -> str:
    """`<first tag>_<function name>` (applications_register); the tag is not repeated (grants_summary)."""
    name = route.name
    if not route.tags:
        return name
    tag = str(getattr(route.tags[0], "value", route.tags[0]))
    return name if name == tag or name.startswith(f"{tag}_") else f"{tag}_{name}"


def api_routes(app: FastAPI) -> Iterator[Any]:
    """Every documented operation's route (FastAPI's effective route, prefixes and tags applied)."""
    for context in iter_route_contexts(app.routes):
        if isinstance(context.original_route, APIRoute) and context.include_in_schema:
            yield context


def check_unique_operation_ids(app: FastAPI) -> None:
    """Fail the app build when two operations would share an id (an SDK would lose one of them)."""
    seen: dict[str, str] = {}
    for route in api_routes(app):
        for method in sorted(route.methods):
            where = f"{method} {route.path_format}"
            op_id = route.unique_id
            if op_id in seen:
                raise RuntimeError(
                    f"duplicate OpenAPI operation id {op_id!r}: {seen[op_id]} and {where}; "
                    "rename one route function or give it operation_id=..."
                )
            seen[op_id] = where


_ROLE_CHECK = require("admin").__code__  # every require(...) dependency runs this code


def _dependency_calls(dependant) -> Iterator[Callable]:
    for dep in dependant.dependencies:
        if dep.call is not None:
            yield dep.call
        yield from _dependency_calls(dep)


def route_auth(route: Any) -> tuple[bool, bool]:
    """(needs a bearer token, checks a role), read from the route's dependencies."""
    calls = list(_dependency_calls(route.dependant))
    token = any(c in (current_principal, signed_principal) for c in calls)
    role = any(getattr(c, "__code__", None) is _ROLE_CHECK for c in calls)
    return token or role, role


_TITLES = HTTP_TITLES | {
    400: "请求内容无法解析",
    409: "状态冲突",
    422: "输入不合法",
    500: "服务器内部错误",
    503: "依赖的服务暂不可用",
}


def problem_example(status: int, instance: str) -> dict:
    """A problem document as the service sends it for this status (Chinese title)."""
    detail = {
        400: "请求内容不是合法的 JSON（第 1 行第 12 列: Expecting value）",
        401: "缺少 Authorization: Bearer 令牌",
        403: "此操作需要角色: 窗口工作人员",
        404: "记录不存在",
        409: "当前状态不允许此操作",
        422: "字段不合法: members[0].id_number",
        429: "请稍后再试",
        503: "资格服务暂不可用，请稍后重试",
    }.get(status, _TITLES.get(status, "请求有误"))
    body = {
        "type": "about:blank",
        "title": _TITLES.get(status, "请求有误"),
        "status": status,
        "detail": detail,
        "instance": instance,
    }
    if status == 422:
        body["field"] = "members[0].id_number"
        body["errors"] = [
            {"field": "members[0].id_number", "message": "身份证号码校验位不正确", "type": "value_error"}
        ]
    if status == 429:
        body["retry_after"] = 30
    return body


_PROBLEM_REF = {"$ref": "#/components/schemas/Problem"}
_GENERIC_DESCRIPTIONS = {
    400: "请求内容无法解析（不是合法的 JSON、不是 UTF-8 或嵌套过深）",
    401: "未登录或令牌无效",
    403: "无权访问（角色或辖区不符）",
    404: "路径所指的记录不存在",
    422: "输入不合法，`field` 指明字段",
}


def _is_problem(response: dict) -> bool:
    """A 4xx/5xx whose body is a problem (declared with problem_responses, or FastAPI's 422)."""
    content = response.get("content")
    if not content:
        return True
    schemas = [json.dumps(v.get("schema", {})) for v in content.values()]
    return all(s == "{}" or "Problem" in s or "HTTPValidationError" in s for s in schemas)


def _problem_content(status: int, instance: str, declared: dict) -> dict:
    """The one problem body; an example the route gave (a specific detail) is kept."""
    given = next((v for v in declared.values() if "example" in v or "examples" in v), None)
    if given:
        examples = {k: given[k] for k in ("example", "examples") if k in given}
    else:
        examples = {"example": problem_example(status, instance)}
    return {PROBLEM_JSON: {"schema": dict(_PROBLEM_REF), **examples}}


def complete_operation(op: dict, path: str, *, token: bool, role: bool) -> None:
    """Add the platform's security and generic problem responses to one operation, in place."""
    responses = op.setdefault("responses", {})
    params = op.get("parameters", [])
    wanted: set[int] = set()
    if "requestBody" in op:
        wanted |= {400, 422}
    if params:
        wanted.add(422)
    if any(p.get("in") == "path" for p in params):
        wanted.add(404)
    if token:
        op["security"] = [{BEARER: []}]
        wanted.add(401)
    if role:
        wanted.add(403)
    for status in sorted(wanted):
        responses.setdefault(str(status), {"description": _GENERIC_DESCRIPTIONS[status]})
    for code, response in responses.items():
        if code.isdigit() and int(code) >= 400 and _is_problem(response):
            response["content"] = _problem_content(int(code), path, response.get("content") or {})
            if response.get("description") in (None, "", "Validation Error"):
                response["description"] = _GENERIC_DESCRIPTIONS.get(int(code), HTTP_TITLES.get(int(code), ""))
    op["responses"] = dict(sorted(responses.items()))


METRICS_OPERATION = {
    "get": {
        "tags": ["platform"],
        "summary": "Prometheus 指标",
        "description": "Prometheus 文本格式的请求计数、延迟与各服务业务计数；供监控抓取，无需令牌。",
        "operationId": "platform_metrics",
        "responses": {
            "200": {
                "description": "Prometheus text exposition format",
                "content": {
                    "text/plain": {
                        "schema": {"type": "string"},
                        "example": 'http_requests_total{service="intake",method="GET",route="/healthz",'
                        'status="200"} 3.0\n',
                    }
                },
            }
        },
    }
}


def service_tags(app: FastAPI, given: list[dict] | None) -> list[dict]:
    """The app's tags in order (platform last), each described: the service's own words win if bilingual."""
    own = {t["name"]: t for t in given or []}
    names: list[str] = [t["name"] for t in given or []]
    for route in api_routes(app):
        for tag in route.tags:
            tag = str(getattr(tag, "value", tag))
            if tag not in names:
                names.append(tag)
    names.sort(key=lambda n: n == "platform")
    out = []
    for name in names:
        description = own.get(name, {}).get("description", "")
        if not re.search(r"[A-Za-z]{4}", description):  # Chinese only: the bilingual registry's, if any
            description = TAG_DESCRIPTIONS.get(name) or description or name
        out.append({**own.get(name, {}), "name": name, "description": description})
    return out


def _drop_unused_schemas(schema: dict) -> None:
    """FastAPI's HTTPValidationError/ValidationError are replaced by Problem; drop them if unreferenced."""
    schemas = schema.get("components", {}).get("schemas", {})
    for name in (
        "HTTPValidationError",
        "ValidationError",
    ):  # the order matters: the first refers to the second
        if name in schemas:
            others = {k: v for k, v in schemas.items() if k != name}
            rest = {k: v for k, v in schema.items() if k != "components"}
            if f"#/components/schemas/{name}" not in json.dumps([rest, others]):
                schemas.pop(name)


def _webhook_answers(schema: dict) -> None:
    """A webhook's responses are the partner's answer: any 2xx; FastAPI's 422 does not apply."""
    for ops in schema.get("webhooks", {}).values():
        for op in ops.values():
            op.get("responses", {}).pop("422", None)


def install_openapi(app: FastAPI, *, tags: list[dict] | None = None) -> None:
    """Replace app.openapi with one that completes every operation (call after including routers)."""
    check_unique_operation_ids(app)
    plain = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is not None and getattr(app.state, "openapi_completed", False):
            return app.openapi_schema
        check_unique_operation_ids(app)
        app.openapi_tags = service_tags(app, tags)
        app.openapi_schema = None
        schema = copy.deepcopy(plain())
        for route in api_routes(app):
            token, role = route_auth(route)
            for method in route.methods:
                op = schema["paths"].get(route.path_format, {}).get(method.lower())
                if op is not None:
                    complete_operation(op, route.path_format, token=token, role=role)
        schema["paths"].setdefault("/metrics", METRICS_OPERATION)
        components = schema.setdefault("components", {})
        components.setdefault("securitySchemes", {})[BEARER] = BEARER_SCHEME
        defs = Problem.model_json_schema(ref_template="#/components/schemas/{model}")
        components.setdefault("schemas", {}).update(defs.pop("$defs", {}))
        components["schemas"]["Problem"] = defs
        _webhook_answers(schema)
        _drop_unused_schemas(schema)
        components["schemas"] = dict(sorted(components["schemas"].items()))
        app.openapi_schema = schema
        app.state.openapi_completed = True
        return schema

    app.openapi = openapi
