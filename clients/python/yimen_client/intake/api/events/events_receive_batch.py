from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.event_batch_receipt import EventBatchReceipt
from ...models.problem import Problem
from ...models.slip_event_batch import SlipEventBatch
from ...types import Response


def _get_kwargs(
    *,
    body: SlipEventBatch,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/applications/events",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EventBatchReceipt | Problem | None:
    if response.status_code == 200:
        response_200 = EventBatchReceipt.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EventBatchReceipt | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SlipEventBatch,
) -> Response[EventBatchReceipt | Problem]:
    """转办服务批量回传通知单事件（幂等）

     调用方：转办服务（service 令牌）。一次回传多个案件的通知单事件（至多100条），按所给顺序逐条处理，效果与逐条调用 `POST /v1/applications/{id}/events`
    相同（同一 `event_id` 只记一次）；一次请求、一个事务。每条事件一个结果（`results` 与请求同序）：已记录或重复（`recorded`）及案件状态；单条出错（案件不存在
    404、时间格式不对 422）时给出 `error`，不影响其余事件。

    Args:
        body (SlipEventBatch): Slip events of any cases, recorded in the order given (a case's
            events keep their order).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EventBatchReceipt | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: SlipEventBatch,
) -> EventBatchReceipt | Problem | None:
    """转办服务批量回传通知单事件（幂等）

     调用方：转办服务（service 令牌）。一次回传多个案件的通知单事件（至多100条），按所给顺序逐条处理，效果与逐条调用 `POST /v1/applications/{id}/events`
    相同（同一 `event_id` 只记一次）；一次请求、一个事务。每条事件一个结果（`results` 与请求同序）：已记录或重复（`recorded`）及案件状态；单条出错（案件不存在
    404、时间格式不对 422）时给出 `error`，不影响其余事件。

    Args:
        body (SlipEventBatch): Slip events of any cases, recorded in the order given (a case's
            events keep their order).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EventBatchReceipt | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SlipEventBatch,
) -> Response[EventBatchReceipt | Problem]:
    """转办服务批量回传通知单事件（幂等）

     调用方：转办服务（service 令牌）。一次回传多个案件的通知单事件（至多100条），按所给顺序逐条处理，效果与逐条调用 `POST /v1/applications/{id}/events`
    相同（同一 `event_id` 只记一次）；一次请求、一个事务。每条事件一个结果（`results` 与请求同序）：已记录或重复（`recorded`）及案件状态；单条出错（案件不存在
    404、时间格式不对 422）时给出 `error`，不影响其余事件。

    Args:
        body (SlipEventBatch): Slip events of any cases, recorded in the order given (a case's
            events keep their order).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EventBatchReceipt | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SlipEventBatch,
) -> EventBatchReceipt | Problem | None:
    """转办服务批量回传通知单事件（幂等）

     调用方：转办服务（service 令牌）。一次回传多个案件的通知单事件（至多100条），按所给顺序逐条处理，效果与逐条调用 `POST /v1/applications/{id}/events`
    相同（同一 `event_id` 只记一次）；一次请求、一个事务。每条事件一个结果（`results` 与请求同序）：已记录或重复（`recorded`）及案件状态；单条出错（案件不存在
    404、时间格式不对 422）时给出 `error`，不影响其余事件。

    Args:
        body (SlipEventBatch): Slip events of any cases, recorded in the order given (a case's
            events keep their order).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EventBatchReceipt | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
