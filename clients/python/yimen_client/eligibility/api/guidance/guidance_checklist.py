from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.checklist_request import ChecklistRequest
from ...models.checklist_response import ChecklistResponse
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    *,
    body: ChecklistRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/materials/checklist",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChecklistResponse | Problem | None:
    if response.status_code == 200:
        response_200 = ChecklistResponse.from_dict(response.json())

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

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ChecklistResponse | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ChecklistRequest,
) -> Response[ChecklistResponse | Problem]:
    """一次性告知：尚缺材料清单（跨事项去重）

     工作人员（窗口、部门、监督、管理员）。一次性告知：所申请各事项还缺的材料合并去重，每项说明为哪个事项所需；数据共享获取的材料单列、不向申请人索要。

    Args:
        body (ChecklistRequest): Items applied for and the materials already provided.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChecklistResponse | Problem]
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
    body: ChecklistRequest,
) -> ChecklistResponse | Problem | None:
    """一次性告知：尚缺材料清单（跨事项去重）

     工作人员（窗口、部门、监督、管理员）。一次性告知：所申请各事项还缺的材料合并去重，每项说明为哪个事项所需；数据共享获取的材料单列、不向申请人索要。

    Args:
        body (ChecklistRequest): Items applied for and the materials already provided.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChecklistResponse | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ChecklistRequest,
) -> Response[ChecklistResponse | Problem]:
    """一次性告知：尚缺材料清单（跨事项去重）

     工作人员（窗口、部门、监督、管理员）。一次性告知：所申请各事项还缺的材料合并去重，每项说明为哪个事项所需；数据共享获取的材料单列、不向申请人索要。

    Args:
        body (ChecklistRequest): Items applied for and the materials already provided.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChecklistResponse | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ChecklistRequest,
) -> ChecklistResponse | Problem | None:
    """一次性告知：尚缺材料清单（跨事项去重）

     工作人员（窗口、部门、监督、管理员）。一次性告知：所申请各事项还缺的材料合并去重，每项说明为哪个事项所需；数据共享获取的材料单列、不向申请人索要。

    Args:
        body (ChecklistRequest): Items applied for and the materials already provided.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChecklistResponse | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
