"""RFC 9457 problem details: one error base, one handler, validation errors that name the field."""

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import exc as sa
from starlette.exceptions import HTTPException as StarletteHTTPException

log = logging.getLogger("yimen.errors")
PROBLEM_JSON = "application/problem+json"


class ProblemError(Exception):
    """Base of every domain error; carries its HTTP status so routes never build responses."""

    status = 400
    title = "请求有误"

    def __init__(self, detail: str, *, field: str | None = None, **extra: Any):
        super().__init__(detail)
        self.detail = detail
        self.field = field
        self.extra = extra


class Invalid(ProblemError):
    status, title = 422, "输入不合法"


class Unauthorized(ProblemError):
    status, title = 401, "未登录或令牌无效"


class Forbidden(ProblemError):
    status, title = 403, "无权访问"


class NotFound(ProblemError):
    status, title = 404, "未找到"


class Conflict(ProblemError):
    status, title = 409, "状态冲突"


class TooManyRequests(ProblemError):
    status, title = 429, "请求过于频繁"


class ServiceUnavailable(ProblemError):
    status, title = 503, "依赖的服务暂不可用"


class FieldError(BaseModel):
    """One refused input of a 422: where it is and why."""

    field: str = Field(description="字段路径，如 members[0].id_number")
    message: str
    type: str | None = Field(default=None, description="错误类别，如 missing、value_error")


class Problem(BaseModel):
    """RFC 9457 problem document as served by every Yimen service (application/problem+json)."""

    model_config = ConfigDict(
        extra="allow",
        json_schema_extra={
            "examples": [
                {
                    "type": "about:blank",
                    "title": "输入不合法",
                    "status": 422,
                    "detail": "字段不合法: members[0].id_number",
                    "instance": "/v1/applications",
                    "field": "members[0].id_number",
                    "errors": [
                        {
                            "field": "members[0].id_number",
                            "message": "身份证号码校验位不正确",
                            "type": "value_error",
                        }
                    ],
                },
                {"type": "about:blank", "title": "状态冲突", "status": 409, "detail": "申请已受理，不能撤回"},
            ]
        },
    )
    type: str = "about:blank"
    title: str = Field(description="问题类别的中文标题")
    status: int
    detail: str | None = Field(default=None, description="这一次的具体说明（中文）")
    instance: str | None = Field(default=None, description="出错的请求路径")
    field: str | None = Field(default=None, description="出错的字段（首个）")
    errors: list[FieldError] | None = Field(default=None, description="422 时逐个列出不合法的字段")
    retry_after: int | None = Field(default=None, description="429/503 时建议的等待秒数（同 Retry-After）")


# Framework errors (unknown path, wrong method, oversized body) get Chinese titles like ours.
HTTP_TITLES = {
    400: "请求有误",
    401: "未登录或令牌无效",
    403: "无权访问",
    404: "未找到",
    405: "不支持的请求方法",
    413: "请求内容过大",
    415: "不支持的内容类型",
    429: "请求过于频繁",
}


def problem_responses(*errors: type[ProblemError]) -> dict[int | str, dict[str, Any]]:
    """OpenAPI `responses=` for a route: each declared error renders as a problem document."""
    out: dict[int | str, dict[str, Any]] = {}
    for err in errors:
        out[err.status] = {"model": Problem, "description": err.title, "content": {PROBLEM_JSON: {}}}
    return out


def problem_response(
    status: int, title: str, detail: str | None, instance: str, **extra: Any
) -> JSONResponse:
    body = {"type": "about:blank", "title": title, "status": status, "detail": detail, "instance": instance}
    body.update({k: v for k, v in extra.items() if v is not None})
    headers = {"Retry-After": str(extra["retry_after"])} if extra.get("retry_after") else None
    return JSONResponse(body, status_code=status, media_type=PROBLEM_JSON, headers=headers)


def field_path(loc: tuple) -> str:
    # ("body", "members", 0, "id_number") -> "members[0].id_number"
    parts = [p for p in loc if p not in ("body", "query", "path", "header")]
    out = ""
    for p in parts:
        out += f"[{p}]" if isinstance(p, int) else (f".{p}" if out else str(p))
    return out or ".".join(str(p) for p in loc)


DATABASE_RETRY_AFTER = 5  # seconds: pool_pre_ping reconnects on the next request once the database is back
BODY_ERRORS = {UnicodeDecodeError: "请求内容不是合法的 UTF-8", RecursionError: "请求内容嵌套过深"}


def malformed_body(request: Request, detail: str) -> JSONResponse:
    """400 for a body that cannot be decoded at all (no field to name)."""
    return problem_response(400, "请求内容无法解析", detail, request.url.path)


def not_null_column(exc: Exception) -> str | None:
    """The column of a NOT NULL violation (PostgreSQL diagnostics or SQLite's message), else None."""
    orig = getattr(exc, "orig", None)
    diag = getattr(orig, "diag", None)
    if diag is not None and getattr(orig, "sqlstate", None) == "23502":
        return diag.column_name
    prefix = "NOT NULL constraint failed: "
    message = str(orig)
    return message.removeprefix(prefix).rsplit(".", 1)[-1] if message.startswith(prefix) else None


def install_error_handlers(app: FastAPI) -> None:
    """Render every error as problem+json; never leak a stack trace."""

    @app.exception_handler(ProblemError)
    async def _problem(request: Request, exc: ProblemError):
        return problem_response(
            exc.status, exc.title, exc.detail, request.url.path, field=exc.field, **exc.extra
        )

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError):
        if any(e.get("type") == "json_invalid" for e in exc.errors()):
            return malformed_body(request, "请求内容不是合法的 JSON")
        errors = [
            {"field": field_path(tuple(e.get("loc", ()))), "message": e.get("msg", ""), "type": e.get("type")}
            for e in exc.errors()
        ]
        fields = ", ".join(e["field"] for e in errors)
        return problem_response(
            422,
            "输入不合法",
            f"字段不合法: {fields}",
            request.url.path,
            field=errors[0]["field"] if errors else None,
            errors=errors,
        )

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException):
        if exc.status_code == 400 and exc.detail == "There was an error parsing the body":
            return malformed_body(request, BODY_ERRORS.get(type(exc.__cause__), "请求内容无法解析"))
        title = HTTP_TITLES.get(exc.status_code, str(exc.detail))
        return problem_response(exc.status_code, title, str(exc.detail), request.url.path)

    @app.exception_handler(sa.OperationalError)
    @app.exception_handler(sa.InterfaceError)
    @app.exception_handler(sa.TimeoutError)
    @app.exception_handler(sa.DisconnectionError)
    async def _database_down(request: Request, exc: Exception):
        # An outage is not a bug: one line, no traceback (the pool reconnects by itself once it is back).
        orig = getattr(exc, "orig", None) or exc
        log.warning("database unavailable: %s: %s", type(orig).__name__, str(orig).split("\n")[0][:200])
        return problem_response(
            503, "数据库暂不可用", "请稍后重试", request.url.path, retry_after=DATABASE_RETRY_AFTER
        )

    @app.exception_handler(sa.DataError)
    async def _data_error(request: Request, exc: sa.DataError):
        # A value the database cannot hold (a number beyond its column) that no schema bounded: 422, logged.
        log.warning("database refused a value: %s", type(exc.orig).__name__)
        return problem_response(422, "输入不合法", "输入的值超出允许范围", request.url.path)

    @app.exception_handler(sa.IntegrityError)
    async def _integrity(request: Request, exc: sa.IntegrityError):
        # An explicit null for a column that must have a value (PATCH {"name": null}) or a duplicate that
        # no service check caught first: the transaction is already rolled back, so nothing is half-written.
        column = not_null_column(exc)
        if column is not None:
            return problem_response(422, "输入不合法", f"{column} 不能为空", request.url.path, field=column)
        log.warning("database constraint refused a write: %s", type(exc.orig).__name__)
        return problem_response(409, "状态冲突", "与已有记录冲突", request.url.path)

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception):
        log.exception("unhandled error", extra={"path": request.url.path})
        return problem_response(500, "服务器内部错误", "请稍后重试；已记录错误编号", request.url.path)
