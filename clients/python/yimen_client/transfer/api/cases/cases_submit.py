from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.case_submit import CaseSubmit
from ...models.case_submitted import CaseSubmitted
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CaseSubmit,
    idempotency_key: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/cases",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CaseSubmitted | Problem | None:
    if response.status_code == 200:
        response_200 = CaseSubmitted.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = CaseSubmitted.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CaseSubmitted | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CaseSubmit,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[CaseSubmitted | Problem]:
    """接收已受理案件并逐项发出通知单

     仅限内部服务令牌（受理服务的发件箱，`Idempotency-Key: case-<case_id>`）。

    每个事项按其分流结果发出一张通知单（分办/转送/转交/转办/转介），接收部门为网页收件箱时即时送达，
    为系统对接时推送 `slip.issued` 消息。同一键重复提交返回 200 与原通知单，从不重复发单；
    同一键不同内容为 409。

    Args:
        idempotency_key (None | str | Unset): 重试时带同一个键，只执行一次
        body (CaseSubmit): An accepted case from intake (POST /v1/cases, Idempotency-Key:
            case-<case_id>).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CaseSubmitted | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: CaseSubmit,
    idempotency_key: None | str | Unset = UNSET,
) -> CaseSubmitted | Problem | None:
    """接收已受理案件并逐项发出通知单

     仅限内部服务令牌（受理服务的发件箱，`Idempotency-Key: case-<case_id>`）。

    每个事项按其分流结果发出一张通知单（分办/转送/转交/转办/转介），接收部门为网页收件箱时即时送达，
    为系统对接时推送 `slip.issued` 消息。同一键重复提交返回 200 与原通知单，从不重复发单；
    同一键不同内容为 409。

    Args:
        idempotency_key (None | str | Unset): 重试时带同一个键，只执行一次
        body (CaseSubmit): An accepted case from intake (POST /v1/cases, Idempotency-Key:
            case-<case_id>).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CaseSubmitted | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CaseSubmit,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[CaseSubmitted | Problem]:
    """接收已受理案件并逐项发出通知单

     仅限内部服务令牌（受理服务的发件箱，`Idempotency-Key: case-<case_id>`）。

    每个事项按其分流结果发出一张通知单（分办/转送/转交/转办/转介），接收部门为网页收件箱时即时送达，
    为系统对接时推送 `slip.issued` 消息。同一键重复提交返回 200 与原通知单，从不重复发单；
    同一键不同内容为 409。

    Args:
        idempotency_key (None | str | Unset): 重试时带同一个键，只执行一次
        body (CaseSubmit): An accepted case from intake (POST /v1/cases, Idempotency-Key:
            case-<case_id>).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CaseSubmitted | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CaseSubmit,
    idempotency_key: None | str | Unset = UNSET,
) -> CaseSubmitted | Problem | None:
    """接收已受理案件并逐项发出通知单

     仅限内部服务令牌（受理服务的发件箱，`Idempotency-Key: case-<case_id>`）。

    每个事项按其分流结果发出一张通知单（分办/转送/转交/转办/转介），接收部门为网页收件箱时即时送达，
    为系统对接时推送 `slip.issued` 消息。同一键重复提交返回 200 与原通知单，从不重复发单；
    同一键不同内容为 409。

    Args:
        idempotency_key (None | str | Unset): 重试时带同一个键，只执行一次
        body (CaseSubmit): An accepted case from intake (POST /v1/cases, Idempotency-Key:
            case-<case_id>).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CaseSubmitted | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
