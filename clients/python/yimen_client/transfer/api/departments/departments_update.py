from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.department_public import DepartmentPublic
from ...models.department_update import DepartmentUpdate
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    department_id: str,
    *,
    body: DepartmentUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/departments/{department_id}".format(
            department_id=quote(str(department_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DepartmentPublic | Problem | None:
    if response.status_code == 200:
        response_200 = DepartmentPublic.from_dict(response.json())

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

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DepartmentPublic | Problem]:
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
    body: DepartmentUpdate,
) -> Response[DepartmentPublic | Problem]:
    """修改部门（AB岗、回调地址、重新启用）

     系统管理员。只改给出的字段；A岗不在岗时未办结的通知单转由B岗办理；`callback_disabled: false`
    重新启用停用的回调地址并放行积压的消息。

    Args:
        department_id (str):
        body (DepartmentUpdate): Fields an administrator may change; `callback_disabled: false`
            re-enables a disabled endpoint.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DepartmentPublic | Problem]
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
    body: DepartmentUpdate,
) -> DepartmentPublic | Problem | None:
    """修改部门（AB岗、回调地址、重新启用）

     系统管理员。只改给出的字段；A岗不在岗时未办结的通知单转由B岗办理；`callback_disabled: false`
    重新启用停用的回调地址并放行积压的消息。

    Args:
        department_id (str):
        body (DepartmentUpdate): Fields an administrator may change; `callback_disabled: false`
            re-enables a disabled endpoint.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DepartmentPublic | Problem
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
    body: DepartmentUpdate,
) -> Response[DepartmentPublic | Problem]:
    """修改部门（AB岗、回调地址、重新启用）

     系统管理员。只改给出的字段；A岗不在岗时未办结的通知单转由B岗办理；`callback_disabled: false`
    重新启用停用的回调地址并放行积压的消息。

    Args:
        department_id (str):
        body (DepartmentUpdate): Fields an administrator may change; `callback_disabled: false`
            re-enables a disabled endpoint.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DepartmentPublic | Problem]
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
    body: DepartmentUpdate,
) -> DepartmentPublic | Problem | None:
    """修改部门（AB岗、回调地址、重新启用）

     系统管理员。只改给出的字段；A岗不在岗时未办结的通知单转由B岗办理；`callback_disabled: false`
    重新启用停用的回调地址并放行积压的消息。

    Args:
        department_id (str):
        body (DepartmentUpdate): Fields an administrator may change; `callback_disabled: false`
            re-enables a disabled endpoint.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DepartmentPublic | Problem
    """

    return (
        await asyncio_detailed(
            department_id=department_id,
            client=client,
            body=body,
        )
    ).parsed
