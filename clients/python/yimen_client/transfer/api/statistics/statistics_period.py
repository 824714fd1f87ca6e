import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.period_slips import PeriodSlips
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    date_from: datetime.date,
    date_to: datetime.date,
    region: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_date_from = date_from.isoformat()
    params["date_from"] = json_date_from

    json_date_to = date_to.isoformat()
    params["date_to"] = json_date_to

    json_region: None | str | Unset
    if isinstance(region, Unset):
        json_region = UNSET
    else:
        json_region = region
    params["region"] = json_region

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/statistics/period",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PeriodSlips | Problem | None:
    if response.status_code == 200:
        response_200 = PeriodSlips.from_dict(response.json())

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
) -> Response[PeriodSlips | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    date_from: datetime.date,
    date_to: datetime.date,
    region: None | str | Unset = UNSET,
) -> Response[PeriodSlips | Problem]:
    """报告期内的通知单时效与救助金额（半月报告、每月报送）

     监督人员、系统管理员、窗口工作人员（本辖区）。报告期内出具的通知单：按时给出意见、反馈、退回、期末逾期；
    本期发放笔数与金额、先行救助金额（元）。受理服务 `GET /v1/reports/periodic` 是同一报告的案件部分。

    Args:
        date_from (datetime.date):
        date_to (datetime.date):
        region (None | str | Unset): 区域代码（本人辖区内）

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PeriodSlips | Problem]
    """

    kwargs = _get_kwargs(
        date_from=date_from,
        date_to=date_to,
        region=region,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    date_from: datetime.date,
    date_to: datetime.date,
    region: None | str | Unset = UNSET,
) -> PeriodSlips | Problem | None:
    """报告期内的通知单时效与救助金额（半月报告、每月报送）

     监督人员、系统管理员、窗口工作人员（本辖区）。报告期内出具的通知单：按时给出意见、反馈、退回、期末逾期；
    本期发放笔数与金额、先行救助金额（元）。受理服务 `GET /v1/reports/periodic` 是同一报告的案件部分。

    Args:
        date_from (datetime.date):
        date_to (datetime.date):
        region (None | str | Unset): 区域代码（本人辖区内）

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PeriodSlips | Problem
    """

    return sync_detailed(
        client=client,
        date_from=date_from,
        date_to=date_to,
        region=region,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    date_from: datetime.date,
    date_to: datetime.date,
    region: None | str | Unset = UNSET,
) -> Response[PeriodSlips | Problem]:
    """报告期内的通知单时效与救助金额（半月报告、每月报送）

     监督人员、系统管理员、窗口工作人员（本辖区）。报告期内出具的通知单：按时给出意见、反馈、退回、期末逾期；
    本期发放笔数与金额、先行救助金额（元）。受理服务 `GET /v1/reports/periodic` 是同一报告的案件部分。

    Args:
        date_from (datetime.date):
        date_to (datetime.date):
        region (None | str | Unset): 区域代码（本人辖区内）

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PeriodSlips | Problem]
    """

    kwargs = _get_kwargs(
        date_from=date_from,
        date_to=date_to,
        region=region,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    date_from: datetime.date,
    date_to: datetime.date,
    region: None | str | Unset = UNSET,
) -> PeriodSlips | Problem | None:
    """报告期内的通知单时效与救助金额（半月报告、每月报送）

     监督人员、系统管理员、窗口工作人员（本辖区）。报告期内出具的通知单：按时给出意见、反馈、退回、期末逾期；
    本期发放笔数与金额、先行救助金额（元）。受理服务 `GET /v1/reports/periodic` 是同一报告的案件部分。

    Args:
        date_from (datetime.date):
        date_to (datetime.date):
        region (None | str | Unset): 区域代码（本人辖区内）

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PeriodSlips | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            date_from=date_from,
            date_to=date_to,
            region=region,
        )
    ).parsed
