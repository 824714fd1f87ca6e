from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.account_admin_view import AccountAdminView
from ...models.account_update import AccountUpdate
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    username: str,
    *,
    body: AccountUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/auth/accounts/{username}".format(
            username=quote(str(username), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccountAdminView | Problem | None:
    if response.status_code == 200:
        response_200 = AccountAdminView.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

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
) -> Response[AccountAdminView | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    username: str,
    *,
    client: AuthenticatedClient,
    body: AccountUpdate,
) -> Response[AccountAdminView | Problem]:
    """修改账号：姓名、角色、区域、部门、启用/停用（管理员）

     调用方：系统管理员。只改请求中给出的字段；不能停用自己或取消自己的管理员角色（409）。

    Args:
        username (str):
        body (AccountUpdate): Changes to an account; fields left out stay as they are.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountAdminView | Problem]
    """

    kwargs = _get_kwargs(
        username=username,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    username: str,
    *,
    client: AuthenticatedClient,
    body: AccountUpdate,
) -> AccountAdminView | Problem | None:
    """修改账号：姓名、角色、区域、部门、启用/停用（管理员）

     调用方：系统管理员。只改请求中给出的字段；不能停用自己或取消自己的管理员角色（409）。

    Args:
        username (str):
        body (AccountUpdate): Changes to an account; fields left out stay as they are.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountAdminView | Problem
    """

    return sync_detailed(
        username=username,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    username: str,
    *,
    client: AuthenticatedClient,
    body: AccountUpdate,
) -> Response[AccountAdminView | Problem]:
    """修改账号：姓名、角色、区域、部门、启用/停用（管理员）

     调用方：系统管理员。只改请求中给出的字段；不能停用自己或取消自己的管理员角色（409）。

    Args:
        username (str):
        body (AccountUpdate): Changes to an account; fields left out stay as they are.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountAdminView | Problem]
    """

    kwargs = _get_kwargs(
        username=username,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    username: str,
    *,
    client: AuthenticatedClient,
    body: AccountUpdate,
) -> AccountAdminView | Problem | None:
    """修改账号：姓名、角色、区域、部门、启用/停用（管理员）

     调用方：系统管理员。只改请求中给出的字段；不能停用自己或取消自己的管理员角色（409）。

    Args:
        username (str):
        body (AccountUpdate): Changes to an account; fields left out stay as they are.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountAdminView | Problem
    """

    return (
        await asyncio_detailed(
            username=username,
            client=client,
            body=body,
        )
    ).parsed
