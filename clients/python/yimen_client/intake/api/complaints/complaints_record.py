from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.complaint_create import ComplaintCreate
from ...models.complaint_public import ComplaintPublic
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    *,
    body: ComplaintCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/complaints",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ComplaintPublic | Problem | None:
    if response.status_code == 201:
        response_201 = ComplaintPublic.from_dict(response.json())

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
    *,
    client: AuthenticatedClient,
    body: ComplaintCreate,
) -> Response[ComplaintPublic | Problem]:
    """登记窗口投诉

     调用方：窗口工作人员、监督人员、管理员，仅限各自区域。

    把当面或电话收到的投诉登记入台账（记录登记人），答复期限5个工作日。

    Args:
        body (ComplaintCreate): 找茬: what went wrong, where; contact optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ComplaintPublic | Problem]
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
    body: ComplaintCreate,
) -> ComplaintPublic | Problem | None:
    """登记窗口投诉

     调用方：窗口工作人员、监督人员、管理员，仅限各自区域。

    把当面或电话收到的投诉登记入台账（记录登记人），答复期限5个工作日。

    Args:
        body (ComplaintCreate): 找茬: what went wrong, where; contact optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ComplaintPublic | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ComplaintCreate,
) -> Response[ComplaintPublic | Problem]:
    """登记窗口投诉

     调用方：窗口工作人员、监督人员、管理员，仅限各自区域。

    把当面或电话收到的投诉登记入台账（记录登记人），答复期限5个工作日。

    Args:
        body (ComplaintCreate): 找茬: what went wrong, where; contact optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ComplaintPublic | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ComplaintCreate,
) -> ComplaintPublic | Problem | None:
    """登记窗口投诉

     调用方：窗口工作人员、监督人员、管理员，仅限各自区域。

    把当面或电话收到的投诉登记入台账（记录登记人），答复期限5个工作日。

    Args:
        body (ComplaintCreate): 找茬: what went wrong, where; contact optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ComplaintPublic | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
