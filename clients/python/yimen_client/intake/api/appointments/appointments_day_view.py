import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.day_view import DayView
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    day: datetime.date | None | Unset = UNSET,
    region: None | str | Unset = UNSET,
    window_id: int | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_day: None | str | Unset
    if isinstance(day, Unset):
        json_day = UNSET
    elif isinstance(day, datetime.date):
        json_day = day.isoformat()
    else:
        json_day = day
    params["day"] = json_day

    json_region: None | str | Unset
    if isinstance(region, Unset):
        json_region = UNSET
    else:
        json_region = region
    params["region"] = json_region

    json_window_id: int | None | Unset
    if isinstance(window_id, Unset):
        json_window_id = UNSET
    else:
        json_window_id = window_id
    params["window_id"] = json_window_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/appointments/day",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DayView | Problem | None:
    if response.status_code == 200:
        response_200 = DayView.from_dict(response.json())

        return response_200

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
) -> Response[DayView | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    day: datetime.date | None | Unset = UNSET,
    region: None | str | Unset = UNSET,
    window_id: int | None | Unset = UNSET,
) -> Response[DayView | Problem]:
    """预约：窗口日视图（时段、预约、值班）

     调用方：窗口工作人员、监督人员、管理员，仅限各自区域；列表中的手机号打码。

    Args:
        day (datetime.date | None | Unset):
        region (None | str | Unset):
        window_id (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DayView | Problem]
    """

    kwargs = _get_kwargs(
        day=day,
        region=region,
        window_id=window_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    day: datetime.date | None | Unset = UNSET,
    region: None | str | Unset = UNSET,
    window_id: int | None | Unset = UNSET,
) -> DayView | Problem | None:
    """预约：窗口日视图（时段、预约、值班）

     调用方：窗口工作人员、监督人员、管理员，仅限各自区域；列表中的手机号打码。

    Args:
        day (datetime.date | None | Unset):
        region (None | str | Unset):
        window_id (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DayView | Problem
    """

    return sync_detailed(
        client=client,
        day=day,
        region=region,
        window_id=window_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    day: datetime.date | None | Unset = UNSET,
    region: None | str | Unset = UNSET,
    window_id: int | None | Unset = UNSET,
) -> Response[DayView | Problem]:
    """预约：窗口日视图（时段、预约、值班）

     调用方：窗口工作人员、监督人员、管理员，仅限各自区域；列表中的手机号打码。

    Args:
        day (datetime.date | None | Unset):
        region (None | str | Unset):
        window_id (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DayView | Problem]
    """

    kwargs = _get_kwargs(
        day=day,
        region=region,
        window_id=window_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    day: datetime.date | None | Unset = UNSET,
    region: None | str | Unset = UNSET,
    window_id: int | None | Unset = UNSET,
) -> DayView | Problem | None:
    """预约：窗口日视图（时段、预约、值班）

     调用方：窗口工作人员、监督人员、管理员，仅限各自区域；列表中的手机号打码。

    Args:
        day (datetime.date | None | Unset):
        region (None | str | Unset):
        window_id (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DayView | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            day=day,
            region=region,
            window_id=window_id,
        )
    ).parsed
