"""Text hygiene for every request: no control characters, no malformed bodies, names that say something.

One app-wide dependency (`text_guard`, installed by create_service_app and the web front) checks every
path and query parameter and every string (and key) of a decoded JSON or form body before any route code
runs, so no schema can forget it: PostgreSQL refuses NUL in text, and ESC sequences or other C0/C1 controls
in a name end up in printed notices and terminals. Line breaks and tabs are allowed inside body text
(reasons, notes); never in parameters or in a `Name`. The same pass holds the route's body model to what
Pydantic's lax mode lets through: booleans only as JSON true/false, required text never blank.
"""

import json
import re
import types
from datetime import date, timedelta
from typing import Annotated, Any, Union, get_args, get_origin

from fastapi import Depends, Request
from pydantic import AfterValidator, BaseModel

from .clock import clock
from .errors import Invalid, ProblemError

# C0 controls, DEL, C1 controls and lone surrogates (invalid UTF-8 once encoded: PostgreSQL refuses them).
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
_CONTROL_IN_BODY = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
INT_RANGE = (
    2**31 - 1
)  # PostgreSQL `integer`: our ids, counts, days and priorities; money travels as yuan text
MAX_DEPTH = 32  # JSON nesting: our deepest schema is 4 levels; deeper bodies are refused before Pydantic


class MalformedBody(ProblemError):
    """A body that is not JSON, not UTF-8, or nested too deep: 400 (nothing to name a field by)."""

    status, title = 400, "请求内容无法解析"


def control_character(value: str, *, multiline: bool = False) -> str | None:
    """The first forbidden character of `value` as an escape (e.g. "\\x1b"), or None."""
    match = (_CONTROL_IN_BODY if multiline else _CONTROL).search(value)
    return (
        None if match is None else f"\\x{ord(match.group()):02x}" if ord(match.group()) < 256 else "代理字符"
    )


def refuse_controls(value: str, field: str, *, multiline: bool = False) -> None:
    """Raise Invalid naming `field` when `value` holds a control character."""
    bad = control_character(value, multiline=multiline)
    if bad is not None:
        raise Invalid(f"{field} 不能包含控制字符（{bad}）", field=field)


def check_body(body: Any) -> None:
    """Walk a decoded JSON body iteratively: every key and string, with its path (`members[0].name`)."""
    stack: list[tuple[Any, str, int]] = [(body, "", 0)]
    while stack:
        value, path, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise MalformedBody(f"请求内容嵌套超过 {MAX_DEPTH} 层")
        if isinstance(value, str):
            refuse_controls(value, path or "body", multiline=True)
        elif isinstance(value, int) and not isinstance(value, bool) and abs(value) > INT_RANGE:
            raise Invalid(f"{path or 'body'} 超出允许范围（±{INT_RANGE}）", field=path or "body")
        elif isinstance(value, dict):
            for key, item in value.items():
                child = f"{path}.{key}" if path else str(key)
                refuse_controls(str(key), child)
                stack.append((item, child, depth + 1))
        elif isinstance(value, list):
            stack.extend((item, f"{path}[{i}]", depth + 1) for i, item in enumerate(value))


async def _guard(request: Request) -> None:
    for name, value in request.path_params.items():
        if isinstance(value, str):
            refuse_controls(value, name)
    for name, value in request.query_params.multi_items():
        refuse_controls(name, name)
        refuse_controls(value, name)
    if request.method in ("GET", "HEAD", "OPTIONS", "DELETE"):
        return
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if ctype == "application/json" or ctype.endswith("+json"):
        # Only a declared body, which FastAPI has already read: a route that streams its body itself
        # (eligibility's batch evaluation) must not be buffered here, and parses and reports on its own.
        if _body_params(request) and await request.body():
            body = await parse_json(request)
            check_body(body)
            _check_body_model(request, body)
    elif ctype in ("application/x-www-form-urlencoded", "multipart/form-data"):
        form = await request.form()  # cached on the request like the body
        for name, value in form.multi_items():
            refuse_controls(name, name)
            text = value if isinstance(value, str) else (value.filename or "")
            refuse_controls(text, name, multiline=True)


def _body_params(request: Request) -> list:
    return getattr(getattr(request.scope.get("route"), "dependant", None), "body_params", None) or []


def _check_body_model(request: Request, body: Any) -> None:
    params = _body_params(request)
    for param in params:
        model = _model_in(param.field_info.annotation)
        if model is None:
            continue
        embedded = len(params) > 1 or param.field_info.embed
        check_model(model, body.get(param.alias) if embedded and isinstance(body, dict) else body)


async def parse_json(request: Request) -> Any:
    """The decoded JSON body (parsed once per request) or MalformedBody in Chinese."""
    try:
        return await request.json()
    except UnicodeDecodeError as exc:
        raise MalformedBody(f"请求内容不是合法的 UTF-8（第 {exc.start} 字节）") from exc
    except json.JSONDecodeError as exc:
        raise MalformedBody(
            f"请求内容不是合法的 JSON（第 {exc.lineno} 行第 {exc.colno} 列: {exc.msg}）"
        ) from exc
    except RecursionError as exc:
        raise MalformedBody(f"请求内容嵌套超过 {MAX_DEPTH} 层") from exc


text_guard = Depends(_guard)  # app-wide: FastAPI(dependencies=[text_guard])


def _name(value: str) -> str:
    value = value.strip()
    if not value:
        raise ValueError("不能为空或只含空白")
    bad = control_character(value)
    if bad is not None:
        raise ValueError(f"不能包含控制字符或换行（{bad}）")
    return value


Name = Annotated[str, AfterValidator(_name)]  # a person's, department's or account's name: trimmed, one line


def _is_bool(annotation: Any) -> bool:
    return annotation is bool or (
        get_origin(annotation) in (Union, types.UnionType) and bool in get_args(annotation)
    )


def _model_in(annotation: Any) -> type[BaseModel] | None:
    """The one Pydantic model inside `M`, `M | None` or `list[M]`, if any."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    models = {m for a in get_args(annotation) if (m := _model_in(a)) is not None}
    return models.pop() if len(models) == 1 else None


def _min_length(field: Any) -> int:
    return max((getattr(m, "min_length", 0) or 0 for m in field.metadata), default=0)


def check_model(model: type[BaseModel], data: Any, path: str = "") -> None:
    """What Pydantic's lax mode lets through, refused naming the field: a boolean other than JSON true/false
    ("yes", "on", 1), blank text ("   ") where the schema asks for at least one character, and line breaks
    in a name."""
    if not isinstance(data, dict):
        return
    for name, field in model.model_fields.items():
        key = field.alias or name
        value, child = data.get(key), f"{path}.{key}" if path else key
        if value is None:
            continue
        if _is_bool(field.annotation):
            if not isinstance(value, bool):
                raise Invalid(f"{child} 须为 true 或 false", field=child)
        elif isinstance(value, str):
            if not value.strip() and _min_length(field) > 0:
                raise Invalid(f"{child} 不能为空或只含空白", field=child)
            if key.endswith("name"):  # names (name, display_name, …) are one line
                refuse_controls(value, child)
        elif (inner := _model_in(field.annotation)) is not None:
            items = value if isinstance(value, list) else [value]
            for i, item in enumerate(items):
                check_model(inner, item, f"{child}[{i}]" if isinstance(value, list) else child)


EARLIEST_RECORD = date(2000, 1, 1)  # no assistance recorded in Yimen predates the scheme's digital records
FUTURE_MARGIN = timedelta(days=7)  # a payment scheduled for next week is fine; year 9999 is a typing error


def _plausible(value: date) -> date:
    latest = clock.today() + FUTURE_MARGIN
    if not EARLIEST_RECORD <= value <= latest:
        raise ValueError(f"须在 {EARLIEST_RECORD.isoformat()} 至 {latest.isoformat()} 之间")
    return value


# A date something was given or paid (grants, emergency aid): year 1 or 9999 would leave the yearly
# summary and the duplicate-aid check, so only dates near today's are taken.
PlausibleDate = Annotated[date, AfterValidator(_plausible)]
