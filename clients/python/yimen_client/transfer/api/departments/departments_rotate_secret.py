from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.rotate_secret import RotateSecret
from ...models.secret_rotated import SecretRotated
from ...types import Response


def _get_kwargs(
    department_id: str,
    *,
    body: RotateSecret,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/departments/{department_id}/signing-secret".format(
            department_id=quote(str(department_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | SecretRotated | None:
    if response.status_code == 201:
        response_201 = SecretRotated.from_dict(response.json())

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
) -> Response[Problem | SecretRotated]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    department_id: str,
    *,
    client: AuthenticatedClient,
    body: RotateSecret,
) -> Response[Problem | SecretRotated]:
    """轮换回调签名密钥（旧密钥在重叠期内继续签名）

     系统管理员。新 `whsec_` 密钥只显示这一次；重叠期内消息同时带新旧两个签名，部门系统可从容切换。

    Args:
        department_id (str):
        body (RotateSecret): How long the old secret keeps signing alongside the new one.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SecretRotated]
    """

    kwargs = _get_kwargs(
        department_id=department_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    department_id: str,
    *,
    client: AuthenticatedClient,
    body: RotateSecret,
) -> Problem | SecretRotated | None:
    """轮换回调签名密钥（旧密钥在重叠期内继续签名）

     系统管理员。新 `whsec_` 密钥只显示这一次；重叠期内消息同时带新旧两个签名，部门系统可从容切换。

    Args:
        department_id (str):
        body (RotateSecret): How long the old secret keeps signing alongside the new one.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SecretRotated
    """

    return sync_detailed(
        department_id=department_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    department_id: str,
    *,
    client: AuthenticatedClient,
    body: RotateSecret,
) -> Response[Problem | SecretRotated]:
    """轮换回调签名密钥（旧密钥在重叠期内继续签名）

     系统管理员。新 `whsec_` 密钥只显示这一次；重叠期内消息同时带新旧两个签名，部门系统可从容切换。

    Args:
        department_id (str):
        body (RotateSecret): How long the old secret keeps signing alongside the new one.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SecretRotated]
    """

    kwargs = _get_kwargs(
        department_id=department_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    department_id: str,
    *,
    client: AuthenticatedClient,
    body: RotateSecret,
) -> Problem | SecretRotated | None:
    """轮换回调签名密钥（旧密钥在重叠期内继续签名）

     系统管理员。新 `whsec_` 密钥只显示这一次；重叠期内消息同时带新旧两个签名，部门系统可从容切换。

    Args:
        department_id (str):
        body (RotateSecret): How long the old secret keeps signing alongside the new one.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SecretRotated
    """

    return (
        await asyncio_detailed(
            department_id=department_id,
            client=client,
            body=body,
        )
    ).parsed
