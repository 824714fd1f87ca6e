from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.complaint_create import ComplaintCreate
from ...models.complaint_receipt import ComplaintReceipt
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    *,
    body: ComplaintCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/public/complaints",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ComplaintReceipt | Problem | None:
    if response.status_code == 201:
        response_201 = ComplaintReceipt.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ComplaintReceipt | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ComplaintCreate,
) -> Response[ComplaintReceipt | Problem]:
    """找茬投诉（网上）

     调用方：公众，无需令牌（经网页前端转来时按浏览器地址限流）。

    对某个窗口的投诉，编号登记并给出5个工作日的答复期限；同一地址提交过多将被限制（429）。

    Args:
        body (ComplaintCreate): 找茬: what went wrong, where; contact optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ComplaintReceipt | Problem]
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
    client: AuthenticatedClient | Client,
    body: ComplaintCreate,
) -> ComplaintReceipt | Problem | None:
    """找茬投诉（网上）

     调用方：公众，无需令牌（经网页前端转来时按浏览器地址限流）。

    对某个窗口的投诉，编号登记并给出5个工作日的答复期限；同一地址提交过多将被限制（429）。

    Args:
        body (ComplaintCreate): 找茬: what went wrong, where; contact optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ComplaintReceipt | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ComplaintCreate,
) -> Response[ComplaintReceipt | Problem]:
    """找茬投诉（网上）

     调用方：公众，无需令牌（经网页前端转来时按浏览器地址限流）。

    对某个窗口的投诉，编号登记并给出5个工作日的答复期限；同一地址提交过多将被限制（429）。

    Args:
        body (ComplaintCreate): 找茬: what went wrong, where; contact optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ComplaintReceipt | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ComplaintCreate,
) -> ComplaintReceipt | Problem | None:
    """找茬投诉（网上）

     调用方：公众，无需令牌（经网页前端转来时按浏览器地址限流）。

    对某个窗口的投诉，编号登记并给出5个工作日的答复期限；同一地址提交过多将被限制（429）。

    Args:
        body (ComplaintCreate): 找茬: what went wrong, where; contact optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ComplaintReceipt | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
