from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.paperwork_completed import PaperworkCompleted
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    case_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/cases/{case_id}/paperwork-completed".format(
            case_id=quote(str(case_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PaperworkCompleted | Problem | None:
    if response.status_code == 200:
        response_200 = PaperworkCompleted.from_dict(response.json())

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
) -> Response[PaperworkCompleted | Problem]:
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
) -> Response[PaperworkCompleted | Problem]:
    """紧急案件补齐手续

     窗口工作人员（本辖区案件）。紧急案件先行救助后补齐手续；已补齐或非紧急案件为 409。

    Args:
        case_id (int): 数据库编号

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaperworkCompleted | Problem]
    """

    kwargs = _get_kwargs(
        case_id=case_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    case_id: int,
    *,
    client: AuthenticatedClient,
) -> PaperworkCompleted | Problem | None:
    """紧急案件补齐手续

     窗口工作人员（本辖区案件）。紧急案件先行救助后补齐手续；已补齐或非紧急案件为 409。

    Args:
        case_id (int): 数据库编号

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaperworkCompleted | Problem
    """

    return sync_detailed(
        case_id=case_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    case_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[PaperworkCompleted | Problem]:
    """紧急案件补齐手续

     窗口工作人员（本辖区案件）。紧急案件先行救助后补齐手续；已补齐或非紧急案件为 409。

    Args:
        case_id (int): 数据库编号

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaperworkCompleted | Problem]
    """

    kwargs = _get_kwargs(
        case_id=case_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    case_id: int,
    *,
    client: AuthenticatedClient,
) -> PaperworkCompleted | Problem | None:
    """紧急案件补齐手续

     窗口工作人员（本辖区案件）。紧急案件先行救助后补齐手续；已补齐或非紧急案件为 409。

    Args:
        case_id (int): 数据库编号

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaperworkCompleted | Problem
    """

    return (
        await asyncio_detailed(
            case_id=case_id,
            client=client,
        )
    ).parsed
