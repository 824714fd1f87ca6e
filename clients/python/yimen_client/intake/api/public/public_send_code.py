from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.code_request import CodeRequest
from ...models.code_sent import CodeSent
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    *,
    body: CodeRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/public/online-applications/verification-codes",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CodeSent | Problem | None:
    if response.status_code == 202:
        response_202 = CodeSent.from_dict(response.json())

        return response_202

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())

        return response_429

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CodeSent | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CodeRequest,
) -> Response[CodeSent | Problem]:
    """网上申请：获取手机验证码

     调用方：公众，无需令牌（经网页前端转来时按浏览器地址限流）。

    向申请人本人手机发送6位验证码，5分钟内有效，只保存其哈希；同一手机60秒内只发一次、每小时最多5次，同一地址每小时最多10次（429，带 Retry-After）；新码发出后旧码作废。

    Args:
        body (CodeRequest): Ask for a verification code to the applicant's own mobile phone.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CodeSent | Problem]
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
    body: CodeRequest,
) -> CodeSent | Problem | None:
    """网上申请：获取手机验证码

     调用方：公众，无需令牌（经网页前端转来时按浏览器地址限流）。

    向申请人本人手机发送6位验证码，5分钟内有效，只保存其哈希；同一手机60秒内只发一次、每小时最多5次，同一地址每小时最多10次（429，带 Retry-After）；新码发出后旧码作废。

    Args:
        body (CodeRequest): Ask for a verification code to the applicant's own mobile phone.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CodeSent | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CodeRequest,
) -> Response[CodeSent | Problem]:
    """网上申请：获取手机验证码

     调用方：公众，无需令牌（经网页前端转来时按浏览器地址限流）。

    向申请人本人手机发送6位验证码，5分钟内有效，只保存其哈希；同一手机60秒内只发一次、每小时最多5次，同一地址每小时最多10次（429，带 Retry-After）；新码发出后旧码作废。

    Args:
        body (CodeRequest): Ask for a verification code to the applicant's own mobile phone.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CodeSent | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CodeRequest,
) -> CodeSent | Problem | None:
    """网上申请：获取手机验证码

     调用方：公众，无需令牌（经网页前端转来时按浏览器地址限流）。

    向申请人本人手机发送6位验证码，5分钟内有效，只保存其哈希；同一手机60秒内只发一次、每小时最多5次，同一地址每小时最多10次（429，带 Retry-After）；新码发出后旧码作废。

    Args:
        body (CodeRequest): Ask for a verification code to the applicant's own mobile phone.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CodeSent | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
