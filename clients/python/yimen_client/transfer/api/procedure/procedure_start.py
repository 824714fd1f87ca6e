from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.procedure_public import ProcedurePublic
from ...types import Response


def _get_kwargs(
    slip_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/slips/{slip_id}/procedure".format(
            slip_id=quote(str(slip_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | ProcedurePublic | None:
    if response.status_code == 201:
        response_201 = ProcedurePublic.from_dict(response.json())

        return response_201

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
) -> Response[Problem | ProcedurePublic]:
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
) -> Response[Problem | ProcedurePublic]:
    """启动办理流程

     承办部门经办人。通知单签收后启动；授权与入户调查期限自受理次日起计（入户调查2个工作日内）。

    Args:
        slip_id (int): 数据库编号

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ProcedurePublic]
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
) -> Problem | ProcedurePublic | None:
    """启动办理流程

     承办部门经办人。通知单签收后启动；授权与入户调查期限自受理次日起计（入户调查2个工作日内）。

    Args:
        slip_id (int): 数据库编号

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ProcedurePublic
    """

    return sync_detailed(
        slip_id=slip_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    slip_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[Problem | ProcedurePublic]:
    """启动办理流程

     承办部门经办人。通知单签收后启动；授权与入户调查期限自受理次日起计（入户调查2个工作日内）。

    Args:
        slip_id (int): 数据库编号

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ProcedurePublic]
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
) -> Problem | ProcedurePublic | None:
    """启动办理流程

     承办部门经办人。通知单签收后启动；授权与入户调查期限自受理次日起计（入户调查2个工作日内）。

    Args:
        slip_id (int): 数据库编号

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ProcedurePublic
    """

    return (
        await asyncio_detailed(
            slip_id=slip_id,
            client=client,
        )
    ).parsed
