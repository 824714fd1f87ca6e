from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.consultation_statistics import ConsultationStatistics
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    year: int | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_year: int | None | Unset
    if isinstance(year, Unset):
        json_year = UNSET
    else:
        json_year = year
    params["year"] = json_year

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/consultations/statistics",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConsultationStatistics | Problem | None:
    if response.status_code == 200:
        response_200 = ConsultationStatistics.from_dict(response.json())

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
) -> Response[ConsultationStatistics | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    year: int | None | Unset = UNSET,
) -> Response[ConsultationStatistics | Problem]:
    """来访登记统计

     调用方：窗口工作人员、部门经办人、监督人员、管理员，仅限各自区域（镇街只见本镇街，区级见全区）。

    某年（默认今年）的来访、来电、网上咨询数，按方式、区域、首问责任人、月份统计，含转为申请数和待回访、回访逾期数。

    Args:
        year (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConsultationStatistics | Problem]
    """

    kwargs = _get_kwargs(
        year=year,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    year: int | None | Unset = UNSET,
) -> ConsultationStatistics | Problem | None:
    """来访登记统计

     调用方：窗口工作人员、部门经办人、监督人员、管理员，仅限各自区域（镇街只见本镇街，区级见全区）。

    某年（默认今年）的来访、来电、网上咨询数，按方式、区域、首问责任人、月份统计，含转为申请数和待回访、回访逾期数。

    Args:
        year (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConsultationStatistics | Problem
    """

    return sync_detailed(
        client=client,
        year=year,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    year: int | None | Unset = UNSET,
) -> Response[ConsultationStatistics | Problem]:
    """来访登记统计

     调用方：窗口工作人员、部门经办人、监督人员、管理员，仅限各自区域（镇街只见本镇街，区级见全区）。

    某年（默认今年）的来访、来电、网上咨询数，按方式、区域、首问责任人、月份统计，含转为申请数和待回访、回访逾期数。

    Args:
        year (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConsultationStatistics | Problem]
    """

    kwargs = _get_kwargs(
        year=year,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    year: int | None | Unset = UNSET,
) -> ConsultationStatistics | Problem | None:
    """来访登记统计

     调用方：窗口工作人员、部门经办人、监督人员、管理员，仅限各自区域（镇街只见本镇街，区级见全区）。

    某年（默认今年）的来访、来电、网上咨询数，按方式、区域、首问责任人、月份统计，含转为申请数和待回访、回访逾期数。

    Args:
        year (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConsultationStatistics | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            year=year,
        )
    ).parsed
