from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.appointment_receipt import AppointmentReceipt
from ...models.problem import Problem
from ...models.public_appointment_create import PublicAppointmentCreate
from ...types import Response


def _get_kwargs(
    *,
    body: PublicAppointmentCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/public/appointments",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AppointmentReceipt | Problem | None:
    if response.status_code == 201:
        response_201 = AppointmentReceipt.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

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
) -> Response[AppointmentReceipt | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PublicAppointmentCreate,
) -> Response[AppointmentReceipt | Problem]:
    """预约：公众网上预约（姓名、手机号、事项；无需登录）

     调用方：公众，无需令牌；按来访地址限流，不返回任何个人信息。返回预约码，提前一天短信提醒。同一地址提交过多将被限制（429）。

    Args:
        body (PublicAppointmentCreate): A booking by a resident from the public site (no login;
            rate-limited).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppointmentReceipt | Problem]
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
    body: PublicAppointmentCreate,
) -> AppointmentReceipt | Problem | None:
    """预约：公众网上预约（姓名、手机号、事项；无需登录）

     调用方：公众，无需令牌；按来访地址限流，不返回任何个人信息。返回预约码，提前一天短信提醒。同一地址提交过多将被限制（429）。

    Args:
        body (PublicAppointmentCreate): A booking by a resident from the public site (no login;
            rate-limited).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppointmentReceipt | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PublicAppointmentCreate,
) -> Response[AppointmentReceipt | Problem]:
    """预约：公众网上预约（姓名、手机号、事项；无需登录）

     调用方：公众，无需令牌；按来访地址限流，不返回任何个人信息。返回预约码，提前一天短信提醒。同一地址提交过多将被限制（429）。

    Args:
        body (PublicAppointmentCreate): A booking by a resident from the public site (no login;
            rate-limited).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppointmentReceipt | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PublicAppointmentCreate,
) -> AppointmentReceipt | Problem | None:
    """预约：公众网上预约（姓名、手机号、事项；无需登录）

     调用方：公众，无需令牌；按来访地址限流，不返回任何个人信息。返回预约码，提前一天短信提醒。同一地址提交过多将被限制（429）。

    Args:
        body (PublicAppointmentCreate): A booking by a resident from the public site (no login;
            rate-limited).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppointmentReceipt | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
