"""The one way a Yimen service calls another: timeouts, bounded retries, auth, trace context.

Subclass `ServiceClient` per target service with typed methods that return the other side's
public schemas. A target that is down becomes a clear 503 problem, never a hang or a 500.
"""

import logging
import time
from functools import lru_cache
from typing import Any, TypeVar

import httpx
from pydantic import BaseModel, TypeAdapter

from .auth import service_token
from .errors import (
    Conflict,
    Forbidden,
    Invalid,
    NotFound,
    ProblemError,
    ServiceUnavailable,
    TooManyRequests,
    Unauthorized,
)
from .observability import outgoing_traceparent, request_id_var

log = logging.getLogger("yimen.http")
T = TypeVar("T")
_BY_STATUS = {
    401: Unauthorized,
    403: Forbidden,
    404: NotFound,
    409: Conflict,
    422: Invalid,
    429: TooManyRequests,
}
RETRYABLE_STATUS = {502, 503, 504}


class ServiceClient:
    """Synchronous client for one other service (routes and workers here are synchronous)."""

    service_name = "service"

    def __init__(
        self,
        base_url: str,
        *,
        auth_secret: str,
        caller: str,
        timeout: float = 5.0,
        retries: int = 2,
        client: httpx.Client | None = None,
        backoff: float = 0.2,
    ):
        # Tests pass a `client` (e.g. starlette's TestClient for the other app) instead of a network one.
        self._client = client or httpx.Client(base_url=base_url, timeout=timeout)
        self._token = service_token(auth_secret, caller)
        self._retries = retries
        self._backoff = backoff
        self.base_url = base_url

    def close(self) -> None:
        self._client.close()

    def request(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: dict | None = None,
        idempotency_key: str | None = None,
        token: str | None = None,
        headers: dict[str, str] | None = None,
        files: dict | None = None,
        content: bytes | None = None,
    ) -> httpx.Response:
        """Send one call; retry only when repeating it is safe (GET, or POST with an idempotency key)."""
        hdrs = {
            "authorization": f"Bearer {token or self._token}",
            "traceparent": outgoing_traceparent(),
            "x-request-id": request_id_var.get(),
        }
        if idempotency_key:
            hdrs["idempotency-key"] = idempotency_key
        hdrs.update(headers or {})
        safe_to_repeat = method.upper() in ("GET", "HEAD", "PUT", "DELETE") or idempotency_key is not None
        attempts = 1 + (self._retries if safe_to_repeat else 0)
        last_error: Exception | None = None
        for attempt in range(attempts):
            if attempt:
                time.sleep(self._backoff * (2 ** (attempt - 1)))
            try:
                response = self._client.request(
                    method, path, json=json, params=params, headers=hdrs, files=files, content=content
                )
            except httpx.TransportError as exc:
                last_error = exc
                log.warning("%s unreachable (%s %s): %s", self.service_name, method, path, exc)
                continue
            if response.status_code in RETRYABLE_STATUS and attempt + 1 < attempts:
                continue
            return self._raise_for_problem(response)
        raise ServiceUnavailable(
            f"{self.service_name} 服务暂不可用，请稍后重试", service=self.service_name
        ) from last_error

    def _raise_for_problem(self, response: httpx.Response) -> httpx.Response:
        if response.status_code < 400:
            return response
        try:
            body = response.json()
        except ValueError:
            body = {}
        detail = body.get("detail") or response.text[:200]
        if response.status_code in RETRYABLE_STATUS or response.status_code >= 500:
            raise ServiceUnavailable(f"{self.service_name} 服务出错: {detail}", service=self.service_name)
        error = _BY_STATUS.get(response.status_code, ProblemError)
        # keep the other side's extra members (e.g. the duplicate-aid `findings` of a 409) for the caller
        extra = {
            k: v
            for k, v in body.items()
            if k not in ("type", "title", "status", "detail", "instance", "field")
        }
        raise error(detail, field=body.get("field"), **extra)

    def get_json(self, path: str, model: type[T] | Any, **kwargs) -> T:
        """GET and parse into the other side's public schema."""
        return _parse(model, self.request("GET", path, **kwargs))

    def post_json(self, path: str, model: type[T] | Any, body: BaseModel | dict | list, **kwargs) -> T:
        """POST a body (pydantic model or plain JSON) and parse the answer."""
        payload = body.model_dump(mode="json") if isinstance(body, BaseModel) else body
        return _parse(model, self.request("POST", path, json=payload, **kwargs))


@lru_cache(maxsize=512)
def _adapter(model: Any) -> TypeAdapter:
    """One adapter per answer type: building one costs more than the call it parses (issue 10)."""
    return TypeAdapter(model)


def _parse(model: Any, response: httpx.Response) -> Any:
    if model is None:
        return None
    return _adapter(model).validate_json(response.content)
