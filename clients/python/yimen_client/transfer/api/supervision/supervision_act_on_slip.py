from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.action_create import ActionCreate
from ...models.action_public import ActionPublic
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    slip_id: int,
    *,
    body: ActionCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/slips/{slip_id}/supervision".format(
            slip_id=quote(str(slip_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ActionPublic | Problem | None:
    if response.status_code == 201:
        response_201 = ActionPublic.from_dict(response.json())

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
) -> Response[ActionPublic | Problem]:
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
    body: ActionCreate,
) -> Response[ActionPublic | Problem]:
    """对一张通知单催办或督办

     监督人员、系统管理员（本辖区）。记录催办/督办和说明，写入通知单记录和受理案件时间线，
    回调方式的部门收到与自动扫描相同的 `slip.reminder` / `slip.supervision` 消息（`manual: true`）。
    已办结或已退回的通知单 409。

    Args:
        slip_id (int): 数据库编号
        body (ActionCreate): What the supervisor sends: 催办 (reminder) or 督办 (supervision), and
            why.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActionPublic | Problem]
    """

    kwargs = _get_kwargs(
        slip_id=slip_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    slip_id: int,
    *,
    client: AuthenticatedClient,
    body: ActionCreate,
) -> ActionPublic | Problem | None:
    """对一张通知单催办或督办

     监督人员、系统管理员（本辖区）。记录催办/督办和说明，写入通知单记录和受理案件时间线，
    回调方式的部门收到与自动扫描相同的 `slip.reminder` / `slip.supervision` 消息（`manual: true`）。
    已办结或已退回的通知单 409。

    Args:
        slip_id (int): 数据库编号
        body (ActionCreate): What the supervisor sends: 催办 (reminder) or 督办 (supervision), and
            why.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActionPublic | Problem
    """

    return sync_detailed(
        slip_id=slip_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    slip_id: int,
    *,
    client: AuthenticatedClient,
    body: ActionCreate,
) -> Response[ActionPublic | Problem]:
    """对一张通知单催办或督办

     监督人员、系统管理员（本辖区）。记录催办/督办和说明，写入通知单记录和受理案件时间线，
    回调方式的部门收到与自动扫描相同的 `slip.reminder` / `slip.supervision` 消息（`manual: true`）。
    已办结或已退回的通知单 409。

    Args:
        slip_id (int): 数据库编号
        body (ActionCreate): What the supervisor sends: 催办 (reminder) or 督办 (supervision), and
            why.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActionPublic | Problem]
    """

    kwargs = _get_kwargs(
        slip_id=slip_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    slip_id: int,
    *,
    client: AuthenticatedClient,
    body: ActionCreate,
) -> ActionPublic | Problem | None:
    """对一张通知单催办或督办

     监督人员、系统管理员（本辖区）。记录催办/督办和说明，写入通知单记录和受理案件时间线，
    回调方式的部门收到与自动扫描相同的 `slip.reminder` / `slip.supervision` 消息（`manual: true`）。
    已办结或已退回的通知单 409。

    Args:
        slip_id (int): 数据库编号
        body (ActionCreate): What the supervisor sends: 催办 (reminder) or 督办 (supervision), and
            why.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActionPublic | Problem
    """

    return (
        await asyncio_detailed(
            slip_id=slip_id,
            client=client,
            body=body,
        )
    ).parsed
