from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.route_decision import RouteDecision
from ...models.route_request import RouteRequest
from ...types import Response


def _get_kwargs(
    *,
    body: RouteRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/routes",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | RouteDecision | None:
    if response.status_code == 200:
        response_200 = RouteDecision.from_dict(response.json())

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
) -> Response[Problem | RouteDecision]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: RouteRequest,
) -> Response[Problem | RouteDecision]:
    """分类处置：通知单类型与接收部门

     工作人员（窗口、部门、监督、管理员）。分类处置：按事项的办理层级、窗口层级和申请人户籍地，给出通知单类型（分办/转送/转交/转办/转介）、接收部门类型与区域及理由。

    Args:
        body (RouteRequest): Where one item goes: the window asking, its level, and the
            applicant's hukou region.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RouteDecision]
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
    body: RouteRequest,
) -> Problem | RouteDecision | None:
    """分类处置：通知单类型与接收部门

     工作人员（窗口、部门、监督、管理员）。分类处置：按事项的办理层级、窗口层级和申请人户籍地，给出通知单类型（分办/转送/转交/转办/转介）、接收部门类型与区域及理由。

    Args:
        body (RouteRequest): Where one item goes: the window asking, its level, and the
            applicant's hukou region.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RouteDecision
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: RouteRequest,
) -> Response[Problem | RouteDecision]:
    """分类处置：通知单类型与接收部门

     工作人员（窗口、部门、监督、管理员）。分类处置：按事项的办理层级、窗口层级和申请人户籍地，给出通知单类型（分办/转送/转交/转办/转介）、接收部门类型与区域及理由。

    Args:
        body (RouteRequest): Where one item goes: the window asking, its level, and the
            applicant's hukou region.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RouteDecision]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: RouteRequest,
) -> Problem | RouteDecision | None:
    """分类处置：通知单类型与接收部门

     工作人员（窗口、部门、监督、管理员）。分类处置：按事项的办理层级、窗口层级和申请人户籍地，给出通知单类型（分办/转送/转交/转办/转介）、接收部门类型与区域及理由。

    Args:
        body (RouteRequest): Where one item goes: the window asking, its level, and the
            applicant's hukou region.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RouteDecision
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
