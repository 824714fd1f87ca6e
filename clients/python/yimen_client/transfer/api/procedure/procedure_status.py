from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.procedure_status import ProcedureStatus
from ...types import Response


def _get_kwargs(
    slip_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/slips/{slip_id}/procedure".format(
            slip_id=quote(str(slip_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | ProcedureStatus | None:
    if response.status_code == 200:
        response_200 = ProcedureStatus.from_dict(response.json())

        return response_200

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
) -> Response[Problem | ProcedureStatus]:
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
) -> Response[Problem | ProcedureStatus]:
    """通知单的办理流程

     能查看本通知单的工作人员、监督人员、协同部门系统，以及调查人员和审批领导小组成员。

    各环节、期限、证据、保存的资格测算与调用者此刻可执行的操作（`allowed`）；核对请求通知单附被核对的流程。

    Args:
        slip_id (int): 数据库编号

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ProcedureStatus]
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
) -> Problem | ProcedureStatus | None:
    """通知单的办理流程

     能查看本通知单的工作人员、监督人员、协同部门系统，以及调查人员和审批领导小组成员。

    各环节、期限、证据、保存的资格测算与调用者此刻可执行的操作（`allowed`）；核对请求通知单附被核对的流程。

    Args:
        slip_id (int): 数据库编号

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ProcedureStatus
    """

    return sync_detailed(
        slip_id=slip_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    slip_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[Problem | ProcedureStatus]:
    """通知单的办理流程

     能查看本通知单的工作人员、监督人员、协同部门系统，以及调查人员和审批领导小组成员。

    各环节、期限、证据、保存的资格测算与调用者此刻可执行的操作（`allowed`）；核对请求通知单附被核对的流程。

    Args:
        slip_id (int): 数据库编号

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ProcedureStatus]
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
) -> Problem | ProcedureStatus | None:
    """通知单的办理流程

     能查看本通知单的工作人员、监督人员、协同部门系统，以及调查人员和审批领导小组成员。

    各环节、期限、证据、保存的资格测算与调用者此刻可执行的操作（`allowed`）；核对请求通知单附被核对的流程。

    Args:
        slip_id (int): 数据库编号

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ProcedureStatus
    """

    return (
        await asyncio_detailed(
            slip_id=slip_id,
            client=client,
        )
    ).parsed
