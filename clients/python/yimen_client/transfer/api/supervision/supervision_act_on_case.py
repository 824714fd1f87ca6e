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
    case_id: int,
    *,
    body: ActionCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/cases/{case_id}/supervision".format(
            case_id=quote(str(case_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | list[ActionPublic] | None:
    if response.status_code == 201:
        response_201 = []
        _response_201 = response.json()
        for response_201_item_data in _response_201:
            response_201_item = ActionPublic.from_dict(response_201_item_data)

            response_201.append(response_201_item)

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
) -> Response[Problem | list[ActionPublic]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    case_id: int,
    *,
    client: AuthenticatedClient,
    body: ActionCreate,
) -> Response[Problem | list[ActionPublic]]:
    """对一个案件的在办通知单催办或督办

     监督人员、系统管理员（本辖区）。案件（受理服务的案件编号 id）所有在办通知单各催办/督办一次；没有在办的 409。

    Args:
        case_id (int): 数据库编号
        body (ActionCreate): What the supervisor sends: 催办 (reminder) or 督办 (supervision), and
            why.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[ActionPublic]]
    """

    kwargs = _get_kwargs(
        case_id=case_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    case_id: int,
    *,
    client: AuthenticatedClient,
    body: ActionCreate,
) -> Problem | list[ActionPublic] | None:
    """对一个案件的在办通知单催办或督办

     监督人员、系统管理员（本辖区）。案件（受理服务的案件编号 id）所有在办通知单各催办/督办一次；没有在办的 409。

    Args:
        case_id (int): 数据库编号
        body (ActionCreate): What the supervisor sends: 催办 (reminder) or 督办 (supervision), and
            why.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[ActionPublic]
    """

    return sync_detailed(
        case_id=case_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    case_id: int,
    *,
    client: AuthenticatedClient,
    body: ActionCreate,
) -> Response[Problem | list[ActionPublic]]:
    """对一个案件的在办通知单催办或督办

     监督人员、系统管理员（本辖区）。案件（受理服务的案件编号 id）所有在办通知单各催办/督办一次；没有在办的 409。

    Args:
        case_id (int): 数据库编号
        body (ActionCreate): What the supervisor sends: 催办 (reminder) or 督办 (supervision), and
            why.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[ActionPublic]]
    """

    kwargs = _get_kwargs(
        case_id=case_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    case_id: int,
    *,
    client: AuthenticatedClient,
    body: ActionCreate,
) -> Problem | list[ActionPublic] | None:
    """对一个案件的在办通知单催办或督办

     监督人员、系统管理员（本辖区）。案件（受理服务的案件编号 id）所有在办通知单各催办/督办一次；没有在办的 409。

    Args:
        case_id (int): 数据库编号
        body (ActionCreate): What the supervisor sends: 催办 (reminder) or 督办 (supervision), and
            why.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[ActionPublic]
    """

    return (
        await asyncio_detailed(
            case_id=case_id,
            client=client,
            body=body,
        )
    ).parsed
