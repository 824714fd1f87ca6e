from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.event_receipt import EventReceipt
from ...models.problem import Problem
from ...models.slip_event import SlipEvent
from ...types import UNSET, Response, Unset


def _get_kwargs(
    application_id: int,
    *,
    body: SlipEvent,
    idempotency_key: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/applications/{application_id}/events".format(
            application_id=quote(str(application_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EventReceipt | Problem | None:
    if response.status_code == 202:
        response_202 = EventReceipt.from_dict(response.json())

        return response_202

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EventReceipt | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    application_id: int,
    *,
    client: AuthenticatedClient,
    body: SlipEvent,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[EventReceipt | Problem]:
    """转办服务回传通知单事件（幂等）

     调用方：转办服务（service 令牌）。把通知单上发生的事（签收、办理意见、结果、反馈、退回、催办、督办…）写入案件时间线，同一 `event_id` 只记一次（重复时 `recorded` 为
    false）；首个办理事件使已受理的案件转为办理中，`all_slips_completed` 为真时案件办结。

    Args:
        application_id (int): 数据库编号
        idempotency_key (None | str | Unset): 等于 event_id；重复时 recorded 为 false
        body (SlipEvent): One thing that happened to a slip (docs/contracts.md); `event_id` makes
            it arrive once.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EventReceipt | Problem]
    """

    kwargs = _get_kwargs(
        application_id=application_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    application_id: int,
    *,
    client: AuthenticatedClient,
    body: SlipEvent,
    idempotency_key: None | str | Unset = UNSET,
) -> EventReceipt | Problem | None:
    """转办服务回传通知单事件（幂等）

     调用方：转办服务（service 令牌）。把通知单上发生的事（签收、办理意见、结果、反馈、退回、催办、督办…）写入案件时间线，同一 `event_id` 只记一次（重复时 `recorded` 为
    false）；首个办理事件使已受理的案件转为办理中，`all_slips_completed` 为真时案件办结。

    Args:
        application_id (int): 数据库编号
        idempotency_key (None | str | Unset): 等于 event_id；重复时 recorded 为 false
        body (SlipEvent): One thing that happened to a slip (docs/contracts.md); `event_id` makes
            it arrive once.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EventReceipt | Problem
    """

    return sync_detailed(
        application_id=application_id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    application_id: int,
    *,
    client: AuthenticatedClient,
    body: SlipEvent,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[EventReceipt | Problem]:
    """转办服务回传通知单事件（幂等）

     调用方：转办服务（service 令牌）。把通知单上发生的事（签收、办理意见、结果、反馈、退回、催办、督办…）写入案件时间线，同一 `event_id` 只记一次（重复时 `recorded` 为
    false）；首个办理事件使已受理的案件转为办理中，`all_slips_completed` 为真时案件办结。

    Args:
        application_id (int): 数据库编号
        idempotency_key (None | str | Unset): 等于 event_id；重复时 recorded 为 false
        body (SlipEvent): One thing that happened to a slip (docs/contracts.md); `event_id` makes
            it arrive once.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EventReceipt | Problem]
    """

    kwargs = _get_kwargs(
        application_id=application_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    application_id: int,
    *,
    client: AuthenticatedClient,
    body: SlipEvent,
    idempotency_key: None | str | Unset = UNSET,
) -> EventReceipt | Problem | None:
    """转办服务回传通知单事件（幂等）

     调用方：转办服务（service 令牌）。把通知单上发生的事（签收、办理意见、结果、反馈、退回、催办、督办…）写入案件时间线，同一 `event_id` 只记一次（重复时 `recorded` 为
    false）；首个办理事件使已受理的案件转为办理中，`all_slips_completed` 为真时案件办结。

    Args:
        application_id (int): 数据库编号
        idempotency_key (None | str | Unset): 等于 event_id；重复时 recorded 为 false
        body (SlipEvent): One thing that happened to a slip (docs/contracts.md); `event_id` makes
            it arrive once.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EventReceipt | Problem
    """

    return (
        await asyncio_detailed(
            application_id=application_id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
