"""Idempotency-Key support: the same key with the same body replays the first answer.

Each service declares its own table from `IdempotencyFields`.
"""

import hashlib
import json
import logging
import re
from datetime import datetime
from typing import Any

from sqlalchemy import Text, UniqueConstraint
from sqlmodel import Field, Session, SQLModel, select
from starlette.concurrency import run_in_threadpool

from .clock import utcnow
from .errors import Invalid, ProblemError, problem_response

log = logging.getLogger("yimen.idempotency")


class IdempotencyFields(SQLModel):
    """Columns of an idempotency table: who sent which key with which body, and what we answered."""

    id: int | None = Field(default=None, primary_key=True)
    scope: str = Field(max_length=200)  # caller + operation, so two callers never share keys
    key: str = Field(max_length=200)
    fingerprint: str = Field(max_length=64)
    status_code: int
    response_body: str = Field(sa_type=Text)
    created_at: datetime = Field(default_factory=utcnow)


def idempotency_table_args(table: str) -> tuple:
    return (UniqueConstraint("scope", "key", name=f"uq_{table}_scope_key"),)


def fingerprint(body: Any) -> str:
    return hashlib.sha256(
        json.dumps(body, sort_keys=True, ensure_ascii=False, default=str).encode()
    ).hexdigest()


def find_replay(
    session: Session, model: type[IdempotencyFields], *, scope: str, key: str | None, body: Any
) -> tuple[int, Any] | None:
    """The stored (status, body) for this key, None if new; 422 if the key was used with another body."""
    if not key:
        return None
    if len(key) > 200:
        raise Invalid("Idempotency-Key 过长（最多 200 字符）", field="Idempotency-Key")
    record = session.exec(select(model).where(model.scope == scope, model.key == key)).first()
    if record is None:
        return None
    if record.fingerprint != fingerprint(body):
        raise Invalid("同一 Idempotency-Key 已用于不同的请求内容", field="Idempotency-Key")
    return record.status_code, json.loads(record.response_body)


def remember(
    session: Session,
    model: type[IdempotencyFields],
    *,
    scope: str,
    key: str | None,
    body: Any,
    status_code: int,
    response: Any,
) -> None:
    """Store the answer in the same transaction as the change it describes."""
    if not key:
        return
    session.add(
        model(
            scope=scope,
            key=key,
            fingerprint=fingerprint(body),
            status_code=status_code,
            response_body=json.dumps(response, ensure_ascii=False, default=str),
        )
    )
    session.flush()


WRITES = {"POST", "PUT", "PATCH", "DELETE"}


class IdempotencyMiddleware:
    """Every state-changing request with an `Idempotency-Key` replays its first successful answer.

    Pure ASGI, on every route of a service (routes added later included). The scope is the caller's
    bearer token (hashed) + method + path, so two callers never share keys; the same key with another
    body is a 422 naming `Idempotency-Key`. Only 2xx JSON answers are remembered (a refusal may be
    right to retry), in a transaction of their own just after the route's. Routes that declare the
    header themselves (registration, case submission, slip events, forward, re-route) keep their own
    handling: they must be exact under concurrent duplicates, so they lock and remember the answer
    inside their own transaction (docs/decisions/0002).
    """

    def __init__(self, app, *, model: type[IdempotencyFields]):
        self.app, self.model = app, model

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] not in WRITES:
            return await self.app(scope, receive, send)
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        key = headers.get("idempotency-key", "")
        if not key or _route_takes_key(scope):
            return await self.app(scope, receive, send)
        body, more = b"", True
        while more:
            message = await receive()
            body += message.get("body", b"")
            more = message.get("more_body", False)
        caller = hashlib.sha256(headers.get("authorization", "").encode()).hexdigest()[:32]
        where = f"{scope['method']} {scope['path']}"
        if scope.get("query_string"):
            where += "?" + scope["query_string"].decode("latin-1")
        slot = f"any:{caller}:{hashlib.sha256(where.encode()).hexdigest()[:40]}"
        db = scope["app"].state.db
        try:
            replay = await run_in_threadpool(self._find, db, slot, key, body)
        except ProblemError as exc:  # the key is too long or was used with another body
            answer = problem_response(exc.status, exc.title, exc.detail, scope["path"], field=exc.field)
            return await answer(scope, receive, send)
        except Exception:  # database away: the route answers for itself (503), without a replay
            log.warning("idempotency look-up failed; the request runs without replay")
            replay = None
        if replay is not None:
            status, content_type, answer = replay
            return await _send_json(send, status, answer, content_type, replayed=True)

        sent = False

        async def replay_body():
            nonlocal sent
            if sent:
                return await receive()
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}

        start: dict = {}
        chunks: list[bytes] = []

        async def capture(message):
            if message["type"] == "http.response.start":
                start.update(message)
                return  # held back until the body is complete, so the answer is stored before it is sent
            chunks.append(message.get("body", b""))
            if message.get("more_body", False):
                return
            answer = b"".join(chunks)
            content_type = dict(start.get("headers", [])).get(b"content-type", b"").decode("latin-1")
            if 200 <= start["status"] < 300 and "json" in content_type:
                await run_in_threadpool(
                    self._remember, db, slot, key, body, start["status"], content_type, answer
                )
            await send(start)
            await send({"type": "http.response.body", "body": answer, "more_body": False})

        await self.app(scope, replay_body, capture)

    def _find(self, db, slot: str, key: str, body: bytes) -> tuple[int, str, Any] | None:
        with db.session() as session:
            found = find_replay(
                session, self.model, scope=slot, key=key, body=body.decode("utf-8", "replace")
            )
        if found is None:
            return None
        status, stored = found
        return status, stored["content_type"], stored["body"]

    def _remember(
        self, db, slot: str, key: str, body: bytes, status: int, content_type: str, answer: bytes
    ) -> None:
        stored = {"content_type": content_type, "body": json.loads(answer or b"null")}
        try:
            with db.session() as session:
                remember(
                    session,
                    self.model,
                    scope=slot,
                    key=key,
                    body=body.decode("utf-8", "replace"),
                    status_code=status,
                    response=stored,
                )
        except Exception:  # a concurrent duplicate stored it first, or the database is away: answer anyway
            log.warning("idempotent answer not stored for %s", slot[:20])


async def _send_json(send, status: int, answer: Any, content_type: str, *, replayed: bool = False) -> None:
    payload = json.dumps(answer, ensure_ascii=False, separators=(",", ":")).encode()
    headers = [
        (b"content-type", content_type.encode("latin-1")),
        (b"content-length", str(len(payload)).encode()),
    ]
    if replayed:
        headers.append((b"idempotent-replayed", b"true"))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": payload, "more_body": False})


def _own_key_routes(app) -> list[tuple[str, re.Pattern]]:
    """(method, path pattern) of the operations that declare an Idempotency-Key header themselves,
    read once from the app's OpenAPI document (public, and the same for every framework version)."""
    cached = getattr(app.state, "own_idempotency_routes", None)
    if cached is None:
        cached = []
        for path, operations in app.openapi().get("paths", {}).items():
            pattern = re.compile("^" + re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(path)) + "$")
            for method, operation in operations.items():
                names = {
                    p.get("name", "").lower()
                    for p in operation.get("parameters", [])
                    if p.get("in") == "header"
                }
                if "idempotency-key" in names:
                    cached.append((method.upper(), pattern))
        app.state.own_idempotency_routes = cached
    return cached


def _route_takes_key(scope) -> bool:
    """The route declares an Idempotency-Key header itself (and so replays on its own)."""
    return any(
        method == scope["method"] and pattern.match(scope["path"])
        for method, pattern in _own_key_routes(scope["app"])
    )
