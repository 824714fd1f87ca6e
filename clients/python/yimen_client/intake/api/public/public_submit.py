from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.online_application_create import OnlineApplicationCreate
from ...models.online_receipt import OnlineReceipt
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    *,
    body: OnlineApplicationCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/public/online-applications",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OnlineReceipt | Problem | None:
    if response.status_code == 201:
        response_201 = OnlineReceipt.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[OnlineReceipt | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OnlineApplicationCreate,
) -> Response[OnlineReceipt | Problem]:
    """网上申请：提交申请（公众）

     调用方：公众，无需令牌（经网页前端转来时按浏览器地址限流）。

    身份证号加手机验证码核验本人身份后，申请进入所选镇街的网上申请队列，由窗口确认登记；验证码错误计次（每码最多5次），过期或用尽须重新获取（422，`field` 为
    `verification_code`）。

    Args:
        body (OnlineApplicationCreate): A resident's application from the public site; it lands in
            the chosen street's queue.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OnlineReceipt | Problem]
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
    body: OnlineApplicationCreate,
) -> OnlineReceipt | Problem | None:
    """网上申请：提交申请（公众）

     调用方：公众，无需令牌（经网页前端转来时按浏览器地址限流）。

    身份证号加手机验证码核验本人身份后，申请进入所选镇街的网上申请队列，由窗口确认登记；验证码错误计次（每码最多5次），过期或用尽须重新获取（422，`field` 为
    `verification_code`）。

    Args:
        body (OnlineApplicationCreate): A resident's application from the public site; it lands in
            the chosen street's queue.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OnlineReceipt | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OnlineApplicationCreate,
) -> Response[OnlineReceipt | Problem]:
    """网上申请：提交申请（公众）

     调用方：公众，无需令牌（经网页前端转来时按浏览器地址限流）。

    身份证号加手机验证码核验本人身份后，申请进入所选镇街的网上申请队列，由窗口确认登记；验证码错误计次（每码最多5次），过期或用尽须重新获取（422，`field` 为
    `verification_code`）。

    Args:
        body (OnlineApplicationCreate): A resident's application from the public site; it lands in
            the chosen street's queue.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OnlineReceipt | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: OnlineApplicationCreate,
) -> OnlineReceipt | Problem | None:
    """网上申请：提交申请（公众）

     调用方：公众，无需令牌（经网页前端转来时按浏览器地址限流）。

    身份证号加手机验证码核验本人身份后，申请进入所选镇街的网上申请队列，由窗口确认登记；验证码错误计次（每码最多5次），过期或用尽须重新获取（422，`field` 为
    `verification_code`）。

    Args:
        body (OnlineApplicationCreate): A resident's application from the public site; it lands in
            the chosen street's queue.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OnlineReceipt | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
