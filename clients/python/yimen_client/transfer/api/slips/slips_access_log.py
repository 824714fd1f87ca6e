from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.access_entry import AccessEntry
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    slip_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/slips/{slip_id}/access-log".format(
            slip_id=quote(str(slip_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | list[AccessEntry] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = AccessEntry.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[Problem | list[AccessEntry]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    slip_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[Problem | list[AccessEntry]]:
    """通知单读取留痕

     监督人员、系统管理员。谁在何时读取过这张通知单的个人信息。

    Args:
        slip_id (int): 数据库编号

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[AccessEntry]]
    """

    kwargs = _get_kwargs(
        slip_id=slip_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    slip_id: int,
    *,
    client: AuthenticatedClient,
) -> Problem | list[AccessEntry] | None:
    """通知单读取留痕

     监督人员、系统管理员。谁在何时读取过这张通知单的个人信息。

    Args:
        slip_id (int): 数据库编号

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[AccessEntry]
    """

    return sync_detailed(
        slip_id=slip_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    slip_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[Problem | list[AccessEntry]]:
    """通知单读取留痕

     监督人员、系统管理员。谁在何时读取过这张通知单的个人信息。

    Args:
        slip_id (int): 数据库编号

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[AccessEntry]]
    """

    kwargs = _get_kwargs(
        slip_id=slip_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    slip_id: int,
    *,
    client: AuthenticatedClient,
) -> Problem | list[AccessEntry] | None:
    """通知单读取留痕

     监督人员、系统管理员。谁在何时读取过这张通知单的个人信息。

    Args:
        slip_id (int): 数据库编号

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[AccessEntry]
    """

    return (
        await asyncio_detailed(
            slip_id=slip_id,
            client=client,
        )
    ).parsed
