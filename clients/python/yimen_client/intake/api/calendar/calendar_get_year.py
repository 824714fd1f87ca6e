from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.calendar_year_public import CalendarYearPublic
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    year: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/calendar/{year}".format(
            year=quote(str(year), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CalendarYearPublic | Problem | None:
    if response.status_code == 200:
        response_200 = CalendarYearPublic.from_dict(response.json())

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

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CalendarYearPublic | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    year: int,
    *,
    client: AuthenticatedClient,
) -> Response[CalendarYearPublic | Problem]:
    """某年节假日、调休上班日及数据来源

     调用方：任一工作人员（窗口、部门、监督、管理员）或内部服务。

    某年的节假日和调休上班日，数据来源（管理员导入 / 内置数据 / 仅周末），无当年数据时给出提示。

    Args:
        year (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CalendarYearPublic | Problem]
    """

    kwargs = _get_kwargs(
        year=year,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    year: int,
    *,
    client: AuthenticatedClient,
) -> CalendarYearPublic | Problem | None:
    """某年节假日、调休上班日及数据来源

     调用方：任一工作人员（窗口、部门、监督、管理员）或内部服务。

    某年的节假日和调休上班日，数据来源（管理员导入 / 内置数据 / 仅周末），无当年数据时给出提示。

    Args:
        year (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CalendarYearPublic | Problem
    """

    return sync_detailed(
        year=year,
        client=client,
    ).parsed


async def asyncio_detailed(
    year: int,
    *,
    client: AuthenticatedClient,
) -> Response[CalendarYearPublic | Problem]:
    """某年节假日、调休上班日及数据来源

     调用方：任一工作人员（窗口、部门、监督、管理员）或内部服务。

    某年的节假日和调休上班日，数据来源（管理员导入 / 内置数据 / 仅周末），无当年数据时给出提示。

    Args:
        year (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CalendarYearPublic | Problem]
    """

    kwargs = _get_kwargs(
        year=year,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    year: int,
    *,
    client: AuthenticatedClient,
) -> CalendarYearPublic | Problem | None:
    """某年节假日、调休上班日及数据来源

     调用方：任一工作人员（窗口、部门、监督、管理员）或内部服务。

    某年的节假日和调休上班日，数据来源（管理员导入 / 内置数据 / 仅周末），无当年数据时给出提示。

    Args:
        year (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CalendarYearPublic | Problem
    """

    return (
        await asyncio_detailed(
            year=year,
            client=client,
        )
    ).parsed
