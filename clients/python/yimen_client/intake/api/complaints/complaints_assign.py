from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.complaint_assign import ComplaintAssign
from ...models.complaint_public import ComplaintPublic
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    complaint_id: int,
    *,
    body: ComplaintAssign,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/complaints/{complaint_id}/assign".format(
            complaint_id=quote(str(complaint_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ComplaintPublic | Problem | None:
    if response.status_code == 200:
        response_200 = ComplaintPublic.from_dict(response.json())

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
) -> Response[ComplaintPublic | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    complaint_id: int,
    *,
    client: AuthenticatedClient,
    body: ComplaintAssign,
) -> Response[ComplaintPublic | Problem]:
    """指定承办人

     调用方：监督人员、管理员（各自区域）。为待答复的投诉指定承办人；已答复 409。

    Args:
        complaint_id (int): 数据库编号
        body (ComplaintAssign): Who handles the complaint.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ComplaintPublic | Problem]
    """

    kwargs = _get_kwargs(
        complaint_id=complaint_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    complaint_id: int,
    *,
    client: AuthenticatedClient,
    body: ComplaintAssign,
) -> ComplaintPublic | Problem | None:
    """指定承办人

     调用方：监督人员、管理员（各自区域）。为待答复的投诉指定承办人；已答复 409。

    Args:
        complaint_id (int): 数据库编号
        body (ComplaintAssign): Who handles the complaint.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ComplaintPublic | Problem
    """

    return sync_detailed(
        complaint_id=complaint_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    complaint_id: int,
    *,
    client: AuthenticatedClient,
    body: ComplaintAssign,
) -> Response[ComplaintPublic | Problem]:
    """指定承办人

     调用方：监督人员、管理员（各自区域）。为待答复的投诉指定承办人；已答复 409。

    Args:
        complaint_id (int): 数据库编号
        body (ComplaintAssign): Who handles the complaint.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ComplaintPublic | Problem]
    """

    kwargs = _get_kwargs(
        complaint_id=complaint_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    complaint_id: int,
    *,
    client: AuthenticatedClient,
    body: ComplaintAssign,
) -> ComplaintPublic | Problem | None:
    """指定承办人

     调用方：监督人员、管理员（各自区域）。为待答复的投诉指定承办人；已答复 409。

    Args:
        complaint_id (int): 数据库编号
        body (ComplaintAssign): Who handles the complaint.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ComplaintPublic | Problem
    """

    return (
        await asyncio_detailed(
            complaint_id=complaint_id,
            client=client,
            body=body,
        )
    ).parsed
