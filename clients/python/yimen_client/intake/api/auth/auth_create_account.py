from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.account_admin_view import AccountAdminView
from ...models.account_create import AccountCreate
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    *,
    body: AccountCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/auth/accounts",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccountAdminView | Problem | None:
    if response.status_code == 201:
        response_201 = AccountAdminView.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

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
    *,
    client: AuthenticatedClient,
    body: AccountCreate,
) -> Response[AccountAdminView | Problem]:
    """新建账号（管理员；密码须符合密码规则）

     调用方：系统管理员。新建工作人员账号并设初始密码（至少 12 位、非常见密码、不含用户名）；用户名重复 409。

    Args:
        body (AccountCreate): A new staff account (the first admin of an install comes from the
            CLI).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountAdminView | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: AccountCreate,
) -> AccountAdminView | Problem | None:
    """新建账号（管理员；密码须符合密码规则）

     调用方：系统管理员。新建工作人员账号并设初始密码（至少 12 位、非常见密码、不含用户名）；用户名重复 409。

    Args:
        body (AccountCreate): A new staff account (the first admin of an install comes from the
            CLI).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountAdminView | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AccountCreate,
) -> Response[AccountAdminView | Problem]:
    """新建账号（管理员；密码须符合密码规则）

     调用方：系统管理员。新建工作人员账号并设初始密码（至少 12 位、非常见密码、不含用户名）；用户名重复 409。

    Args:
        body (AccountCreate): A new staff account (the first admin of an install comes from the
            CLI).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountAdminView | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: AccountCreate,
) -> AccountAdminView | Problem | None:
    """新建账号（管理员；密码须符合密码规则）

     调用方：系统管理员。新建工作人员账号并设初始密码（至少 12 位、非常见密码、不含用户名）；用户名重复 409。

    Args:
        body (AccountCreate): A new staff account (the first admin of an install comes from the
            CLI).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountAdminView | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
