from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.slot_batch import SlotBatch
from ...models.slots_created import SlotsCreated
from ...types import Response


def _get_kwargs(
    window_id: int,
    *,
    body: SlotBatch,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/appointment-windows/{window_id}/slots".format(
            window_id=quote(str(window_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | SlotsCreated | None:
    if response.status_code == 201:
        response_201 = SlotsCreated.from_dict(response.json())

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

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

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
) -> Response[Problem | SlotsCreated]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    window_id: int,
    *,
    client: AuthenticatedClient,
    body: SlotBatch,
) -> Response[Problem | SlotsCreated]:
    """预约：批量设置时段（含午间、双休日、延时服务）

     调用方：管理员或该窗口负责人。按日期区间、星期和时间切分时段；时段落在午休、下班后或非工作日（按国务院节假日安排）时自动标为午间、延时或双休日服务。已有的时段保留。

    Args:
        window_id (int): 数据库编号
        body (SlotBatch): Open slots on every chosen weekday of a date range (the window lead or
            an admin).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SlotsCreated]
    """

    kwargs = _get_kwargs(
        window_id=window_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    window_id: int,
    *,
    client: AuthenticatedClient,
    body: SlotBatch,
) -> Problem | SlotsCreated | None:
    """预约：批量设置时段（含午间、双休日、延时服务）

     调用方：管理员或该窗口负责人。按日期区间、星期和时间切分时段；时段落在午休、下班后或非工作日（按国务院节假日安排）时自动标为午间、延时或双休日服务。已有的时段保留。

    Args:
        window_id (int): 数据库编号
        body (SlotBatch): Open slots on every chosen weekday of a date range (the window lead or
            an admin).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SlotsCreated
    """

    return sync_detailed(
        window_id=window_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    window_id: int,
    *,
    client: AuthenticatedClient,
    body: SlotBatch,
) -> Response[Problem | SlotsCreated]:
    """预约：批量设置时段（含午间、双休日、延时服务）

     调用方：管理员或该窗口负责人。按日期区间、星期和时间切分时段；时段落在午休、下班后或非工作日（按国务院节假日安排）时自动标为午间、延时或双休日服务。已有的时段保留。

    Args:
        window_id (int): 数据库编号
        body (SlotBatch): Open slots on every chosen weekday of a date range (the window lead or
            an admin).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SlotsCreated]
    """

    kwargs = _get_kwargs(
        window_id=window_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    window_id: int,
    *,
    client: AuthenticatedClient,
    body: SlotBatch,
) -> Problem | SlotsCreated | None:
    """预约：批量设置时段（含午间、双休日、延时服务）

     调用方：管理员或该窗口负责人。按日期区间、星期和时间切分时段；时段落在午休、下班后或非工作日（按国务院节假日安排）时自动标为午间、延时或双休日服务。已有的时段保留。

    Args:
        window_id (int): 数据库编号
        body (SlotBatch): Open slots on every chosen weekday of a date range (the window lead or
            an admin).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SlotsCreated
    """

    return (
        await asyncio_detailed(
            window_id=window_id,
            client=client,
            body=body,
        )
    ).parsed
