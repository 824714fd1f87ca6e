from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.progress_public import ProgressPublic
from ...types import UNSET, Response


def _get_kwargs(
    *,
    case_number: str,
    id_last6: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["case_number"] = case_number

    params["id_last6"] = id_last6

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/public/progress",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | ProgressPublic | None:
    if response.status_code == 200:
        response_200 = ProgressPublic.from_dict(response.json())

        return response_200

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

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
) -> Response[Problem | ProgressPublic]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    case_number: str,
    id_last6: str,
) -> Response[Problem | ProgressPublic]:
    """办理进度查询（公众）

     调用方：公众，无需令牌（经网页前端转来时按浏览器地址限流）。

    凭案件编号和申请人身份证号后6位查询状态和期限，不返回其他个人信息；同一地址或同一案件连续查错将被限制15分钟（429，带 Retry-After）。

    Args:
        case_number (str):
        id_last6 (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ProgressPublic]
    """

    kwargs = _get_kwargs(
        case_number=case_number,
        id_last6=id_last6,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    case_number: str,
    id_last6: str,
) -> Problem | ProgressPublic | None:
    """办理进度查询（公众）

     调用方：公众，无需令牌（经网页前端转来时按浏览器地址限流）。

    凭案件编号和申请人身份证号后6位查询状态和期限，不返回其他个人信息；同一地址或同一案件连续查错将被限制15分钟（429，带 Retry-After）。

    Args:
        case_number (str):
        id_last6 (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ProgressPublic
    """

    return sync_detailed(
        client=client,
        case_number=case_number,
        id_last6=id_last6,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    case_number: str,
    id_last6: str,
) -> Response[Problem | ProgressPublic]:
    """办理进度查询（公众）

     调用方：公众，无需令牌（经网页前端转来时按浏览器地址限流）。

    凭案件编号和申请人身份证号后6位查询状态和期限，不返回其他个人信息；同一地址或同一案件连续查错将被限制15分钟（429，带 Retry-After）。

    Args:
        case_number (str):
        id_last6 (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ProgressPublic]
    """

    kwargs = _get_kwargs(
        case_number=case_number,
        id_last6=id_last6,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    case_number: str,
    id_last6: str,
) -> Problem | ProgressPublic | None:
    """办理进度查询（公众）

     调用方：公众，无需令牌（经网页前端转来时按浏览器地址限流）。

    凭案件编号和申请人身份证号后6位查询状态和期限，不返回其他个人信息；同一地址或同一案件连续查错将被限制15分钟（429，带 Retry-After）。

    Args:
        case_number (str):
        id_last6 (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ProgressPublic
    """

    return (
        await asyncio_detailed(
            client=client,
            case_number=case_number,
            id_last6=id_last6,
        )
    ).parsed
