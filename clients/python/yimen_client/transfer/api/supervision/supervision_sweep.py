from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.sweep_counts import SweepCounts
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/supervision/sweep",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | SweepCounts | None:
    if response.status_code == 200:
        response_200 = SweepCounts.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Problem | SweepCounts]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[Problem | SweepCounts]:
    """立即执行一次期限扫描（通常由后台任务定时执行）

     监督人员、系统管理员。临期与逾期的通知单各催办一次、逾期的督办一次（多个副本同时扫描也只一次）；
    答复本次新写的条数。

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SweepCounts]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> Problem | SweepCounts | None:
    """立即执行一次期限扫描（通常由后台任务定时执行）

     监督人员、系统管理员。临期与逾期的通知单各催办一次、逾期的督办一次（多个副本同时扫描也只一次）；
    答复本次新写的条数。

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SweepCounts
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[Problem | SweepCounts]:
    """立即执行一次期限扫描（通常由后台任务定时执行）

     监督人员、系统管理员。临期与逾期的通知单各催办一次、逾期的督办一次（多个副本同时扫描也只一次）；
    答复本次新写的条数。

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SweepCounts]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> Problem | SweepCounts | None:
    """立即执行一次期限扫描（通常由后台任务定时执行）

     监督人员、系统管理员。临期与逾期的通知单各催办一次、逾期的督办一次（多个副本同时扫描也只一次）；
    答复本次新写的条数。

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SweepCounts
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
