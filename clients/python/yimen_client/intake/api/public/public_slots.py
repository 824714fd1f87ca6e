import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.service_period import ServicePeriod
from ...models.slot_public import SlotPublic
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    region: None | str | Unset = UNSET,
    date_from: datetime.date | None | Unset = UNSET,
    date_to: datetime.date | None | Unset = UNSET,
    period: None | ServicePeriod | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_region: None | str | Unset
    if isinstance(region, Unset):
        json_region = UNSET
    else:
        json_region = region
    params["region"] = json_region

    json_date_from: None | str | Unset
    if isinstance(date_from, Unset):
        json_date_from = UNSET
    elif isinstance(date_from, datetime.date):
        json_date_from = date_from.isoformat()
    else:
        json_date_from = date_from
    params["date_from"] = json_date_from

    json_date_to: None | str | Unset
    if isinstance(date_to, Unset):
        json_date_to = UNSET
    elif isinstance(date_to, datetime.date):
        json_date_to = date_to.isoformat()
    else:
        json_date_to = date_to
    params["date_to"] = json_date_to

    json_period: None | str | Unset
    if isinstance(period, Unset):
        json_period = UNSET
    elif isinstance(period, str):
        json_period = period
    else:
        json_period = period
    params["period"] = json_period

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/public/appointment-slots",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | list[SlotPublic] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = SlotPublic.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Problem | list[SlotPublic]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    region: None | str | Unset = UNSET,
    date_from: datetime.date | None | Unset = UNSET,
    date_to: datetime.date | None | Unset = UNSET,
    period: None | ServicePeriod | Unset = UNSET,
) -> Response[Problem | list[SlotPublic]]:
    """预约：公众查询可预约时段（含午间、双休日、延时服务）

     调用方：公众，无需令牌；按来访地址限流，不返回任何个人信息。

    Args:
        region (None | str | Unset):
        date_from (datetime.date | None | Unset):
        date_to (datetime.date | None | Unset):
        period (None | ServicePeriod | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[SlotPublic]]
    """

    kwargs = _get_kwargs(
        region=region,
        date_from=date_from,
        date_to=date_to,
        period=period,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    region: None | str | Unset = UNSET,
    date_from: datetime.date | None | Unset = UNSET,
    date_to: datetime.date | None | Unset = UNSET,
    period: None | ServicePeriod | Unset = UNSET,
) -> Problem | list[SlotPublic] | None:
    """预约：公众查询可预约时段（含午间、双休日、延时服务）

     调用方：公众，无需令牌；按来访地址限流，不返回任何个人信息。

    Args:
        region (None | str | Unset):
        date_from (datetime.date | None | Unset):
        date_to (datetime.date | None | Unset):
        period (None | ServicePeriod | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[SlotPublic]
    """

    return sync_detailed(
        client=client,
        region=region,
        date_from=date_from,
        date_to=date_to,
        period=period,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    region: None | str | Unset = UNSET,
    date_from: datetime.date | None | Unset = UNSET,
    date_to: datetime.date | None | Unset = UNSET,
    period: None | ServicePeriod | Unset = UNSET,
) -> Response[Problem | list[SlotPublic]]:
    """预约：公众查询可预约时段（含午间、双休日、延时服务）

     调用方：公众，无需令牌；按来访地址限流，不返回任何个人信息。

    Args:
        region (None | str | Unset):
        date_from (datetime.date | None | Unset):
        date_to (datetime.date | None | Unset):
        period (None | ServicePeriod | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[SlotPublic]]
    """

    kwargs = _get_kwargs(
        region=region,
        date_from=date_from,
        date_to=date_to,
        period=period,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    region: None | str | Unset = UNSET,
    date_from: datetime.date | None | Unset = UNSET,
    date_to: datetime.date | None | Unset = UNSET,
    period: None | ServicePeriod | Unset = UNSET,
) -> Problem | list[SlotPublic] | None:
    """预约：公众查询可预约时段（含午间、双休日、延时服务）

     调用方：公众，无需令牌；按来访地址限流，不返回任何个人信息。

    Args:
        region (None | str | Unset):
        date_from (datetime.date | None | Unset):
        date_to (datetime.date | None | Unset):
        period (None | ServicePeriod | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[SlotPublic]
    """

    return (
        await asyncio_detailed(
            client=client,
            region=region,
            date_from=date_from,
            date_to=date_to,
            period=period,
        )
    ).parsed
