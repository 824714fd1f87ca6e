import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.due_date_public import DueDatePublic
from ...models.problem import Problem
from ...types import UNSET, Response


def _get_kwargs(
    *,
    start: datetime.date,
    days: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_start = start.isoformat()
    params["start"] = json_start

    params["days"] = days

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/calendar/working-days",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DueDatePublic | Problem | None:
    if response.status_code == 200:
        response_200 = DueDatePublic.from_dict(response.json())

        return response_200

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
) -> Response[DueDatePublic | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    start: datetime.date,
    days: int,
) -> Response[DueDatePublic | Problem]:
    """N个工作日后的日期

     调用方：任一工作人员（窗口、部门、监督、管理员）或内部服务。

    从 `start` 的次日起数 `days` 个工作日（按国务院节假日安排和调休），并说明所用日历数据。

    Args:
        start (datetime.date):
        days (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DueDatePublic | Problem]
    """

    kwargs = _get_kwargs(
        start=start,
        days=days,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    start: datetime.date,
    days: int,
) -> DueDatePublic | Problem | None:
    """N个工作日后的日期

     调用方：任一工作人员（窗口、部门、监督、管理员）或内部服务。

    从 `start` 的次日起数 `days` 个工作日（按国务院节假日安排和调休），并说明所用日历数据。

    Args:
        start (datetime.date):
        days (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DueDatePublic | Problem
    """

    return sync_detailed(
        client=client,
        start=start,
        days=days,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    start: datetime.date,
    days: int,
) -> Response[DueDatePublic | Problem]:
    """N个工作日后的日期

     调用方：任一工作人员（窗口、部门、监督、管理员）或内部服务。

    从 `start` 的次日起数 `days` 个工作日（按国务院节假日安排和调休），并说明所用日历数据。

    Args:
        start (datetime.date):
        days (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DueDatePublic | Problem]
    """

    kwargs = _get_kwargs(
        start=start,
        days=days,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    start: datetime.date,
    days: int,
) -> DueDatePublic | Problem | None:
    """N个工作日后的日期

     调用方：任一工作人员（窗口、部门、监督、管理员）或内部服务。

    从 `start` 的次日起数 `days` 个工作日（按国务院节假日安排和调休），并说明所用日历数据。

    Args:
        start (datetime.date):
        days (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DueDatePublic | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            start=start,
            days=days,
        )
    ).parsed
