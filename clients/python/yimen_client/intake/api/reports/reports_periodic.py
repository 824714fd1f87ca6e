from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.period_report import PeriodReport
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    period: str,
    region: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["period"] = period

    json_region: None | str | Unset
    if isinstance(region, Unset):
        json_region = UNSET
    else:
        json_region = region
    params["region"] = json_region

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/reports/periodic",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PeriodReport | Problem | None:
    if response.status_code == 200:
        response_200 = PeriodReport.from_dict(response.json())

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
) -> Response[PeriodReport | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    period: str,
    region: None | str | Unset = UNSET,
) -> Response[PeriodReport | Problem]:
    """半月报告、每月报送（按街道或全区）

     调用方：窗口工作人员、监督人员、管理员，仅限各自区域。

    `period` 为 YYYY-MM（月报）或 YYYY-MM-H1 /
    H2（上、下半月，1—15日、16日—月末）。本期登记、受理、办结和期末逾期的案件（按事项），投诉和好差评；街道只见本街道，区级可按 `region` 看某街道。通知单时效和救助金额见转办服务
    `GET /v1/statistics/period`。可导出 CSV / XLSX。

    Args:
        period (str):
        region (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PeriodReport | Problem]
    """

    kwargs = _get_kwargs(
        period=period,
        region=region,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    period: str,
    region: None | str | Unset = UNSET,
) -> PeriodReport | Problem | None:
    """半月报告、每月报送（按街道或全区）

     调用方：窗口工作人员、监督人员、管理员，仅限各自区域。

    `period` 为 YYYY-MM（月报）或 YYYY-MM-H1 /
    H2（上、下半月，1—15日、16日—月末）。本期登记、受理、办结和期末逾期的案件（按事项），投诉和好差评；街道只见本街道，区级可按 `region` 看某街道。通知单时效和救助金额见转办服务
    `GET /v1/statistics/period`。可导出 CSV / XLSX。

    Args:
        period (str):
        region (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PeriodReport | Problem
    """

    return sync_detailed(
        client=client,
        period=period,
        region=region,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    period: str,
    region: None | str | Unset = UNSET,
) -> Response[PeriodReport | Problem]:
    """半月报告、每月报送（按街道或全区）

     调用方：窗口工作人员、监督人员、管理员，仅限各自区域。

    `period` 为 YYYY-MM（月报）或 YYYY-MM-H1 /
    H2（上、下半月，1—15日、16日—月末）。本期登记、受理、办结和期末逾期的案件（按事项），投诉和好差评；街道只见本街道，区级可按 `region` 看某街道。通知单时效和救助金额见转办服务
    `GET /v1/statistics/period`。可导出 CSV / XLSX。

    Args:
        period (str):
        region (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PeriodReport | Problem]
    """

    kwargs = _get_kwargs(
        period=period,
        region=region,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    period: str,
    region: None | str | Unset = UNSET,
) -> PeriodReport | Problem | None:
    """半月报告、每月报送（按街道或全区）

     调用方：窗口工作人员、监督人员、管理员，仅限各自区域。

    `period` 为 YYYY-MM（月报）或 YYYY-MM-H1 /
    H2（上、下半月，1—15日、16日—月末）。本期登记、受理、办结和期末逾期的案件（按事项），投诉和好差评；街道只见本街道，区级可按 `region` 看某街道。通知单时效和救助金额见转办服务
    `GET /v1/statistics/period`。可导出 CSV / XLSX。

    Args:
        period (str):
        region (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PeriodReport | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            period=period,
            region=region,
        )
    ).parsed
