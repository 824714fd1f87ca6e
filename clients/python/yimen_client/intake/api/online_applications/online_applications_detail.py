from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.online_public import OnlinePublic
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    online_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/online-applications/{online_id}".format(
            online_id=quote(str(online_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OnlinePublic | Problem | None:
    if response.status_code == 200:
        response_200 = OnlinePublic.from_dict(response.json())

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
) -> Response[OnlinePublic | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    online_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[OnlinePublic | Problem]:
    """网上申请详情

     调用方：窗口工作人员、监督人员、管理员，仅限各自区域。

    Args:
        online_id (int): 数据库编号

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OnlinePublic | Problem]
    """

    kwargs = _get_kwargs(
        online_id=online_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    online_id: int,
    *,
    client: AuthenticatedClient,
) -> OnlinePublic | Problem | None:
    """网上申请详情

     调用方：窗口工作人员、监督人员、管理员，仅限各自区域。

    Args:
        online_id (int): 数据库编号

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OnlinePublic | Problem
    """

    return sync_detailed(
        online_id=online_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    online_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[OnlinePublic | Problem]:
    """网上申请详情

     调用方：窗口工作人员、监督人员、管理员，仅限各自区域。

    Args:
        online_id (int): 数据库编号

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OnlinePublic | Problem]
    """

    kwargs = _get_kwargs(
        online_id=online_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    online_id: int,
    *,
    client: AuthenticatedClient,
) -> OnlinePublic | Problem | None:
    """网上申请详情

     调用方：窗口工作人员、监督人员、管理员，仅限各自区域。

    Args:
        online_id (int): 数据库编号

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OnlinePublic | Problem
    """

    return (
        await asyncio_detailed(
            online_id=online_id,
            client=client,
        )
    ).parsed
