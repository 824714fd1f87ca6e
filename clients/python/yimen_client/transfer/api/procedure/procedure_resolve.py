from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.procedure_public import ProcedurePublic
from ...models.resolution_in import ResolutionIn
from ...types import Response


def _get_kwargs(
    slip_id: int,
    objection_id: int,
    *,
    body: ResolutionIn,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/slips/{slip_id}/procedure/objections/{objection_id}/resolution".format(
            slip_id=quote(str(slip_id), safe=""),
            objection_id=quote(str(objection_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | ProcedurePublic | None:
    if response.status_code == 200:
        response_200 = ProcedurePublic.from_dict(response.json())

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
) -> Response[Problem | ProcedurePublic]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    slip_id: int,
    objection_id: int,
    *,
    client: AuthenticatedClient,
    body: ResolutionIn,
) -> Response[Problem | ProcedurePublic]:
    """处理公示异议

     承办部门经办人。

    Args:
        slip_id (int): 数据库编号
        objection_id (int): 数据库编号
        body (ResolutionIn): How an objection was resolved.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ProcedurePublic]
    """

    kwargs = _get_kwargs(
        slip_id=slip_id,
        objection_id=objection_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    slip_id: int,
    objection_id: int,
    *,
    client: AuthenticatedClient,
    body: ResolutionIn,
) -> Problem | ProcedurePublic | None:
    """处理公示异议

     承办部门经办人。

    Args:
        slip_id (int): 数据库编号
        objection_id (int): 数据库编号
        body (ResolutionIn): How an objection was resolved.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ProcedurePublic
    """

    return sync_detailed(
        slip_id=slip_id,
        objection_id=objection_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    slip_id: int,
    objection_id: int,
    *,
    client: AuthenticatedClient,
    body: ResolutionIn,
) -> Response[Problem | ProcedurePublic]:
    """处理公示异议

     承办部门经办人。

    Args:
        slip_id (int): 数据库编号
        objection_id (int): 数据库编号
        body (ResolutionIn): How an objection was resolved.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ProcedurePublic]
    """

    kwargs = _get_kwargs(
        slip_id=slip_id,
        objection_id=objection_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    slip_id: int,
    objection_id: int,
    *,
    client: AuthenticatedClient,
    body: ResolutionIn,
) -> Problem | ProcedurePublic | None:
    """处理公示异议

     承办部门经办人。

    Args:
        slip_id (int): 数据库编号
        objection_id (int): 数据库编号
        body (ResolutionIn): How an objection was resolved.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ProcedurePublic
    """

    return (
        await asyncio_detailed(
            slip_id=slip_id,
            objection_id=objection_id,
            client=client,
            body=body,
        )
    ).parsed
