from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.rating_create import RatingCreate
from ...models.rating_receipt import RatingReceipt
from ...types import Response


def _get_kwargs(
    *,
    body: RatingCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/public/ratings",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | RatingReceipt | None:
    if response.status_code == 201:
        response_201 = RatingReceipt.from_dict(response.json())

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
) -> Response[Problem | RatingReceipt]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RatingCreate,
) -> Response[Problem | RatingReceipt]:
    """好差评（公众，每个办结案件一次）

     调用方：公众，无需令牌（经网页前端转来时按浏览器地址限流）。

    办结的案件凭案件编号和身份证号后6位评价一次（1—5级），计入受理窗口和首问责任人；未办结或已评价过 409。

    Args:
        body (RatingCreate): 好差评: one per concluded case, proven by the case number and the last 6
            of the ID number.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RatingReceipt]
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
    body: RatingCreate,
) -> Problem | RatingReceipt | None:
    """好差评（公众，每个办结案件一次）

     调用方：公众，无需令牌（经网页前端转来时按浏览器地址限流）。

    办结的案件凭案件编号和身份证号后6位评价一次（1—5级），计入受理窗口和首问责任人；未办结或已评价过 409。

    Args:
        body (RatingCreate): 好差评: one per concluded case, proven by the case number and the last 6
            of the ID number.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RatingReceipt
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RatingCreate,
) -> Response[Problem | RatingReceipt]:
    """好差评（公众，每个办结案件一次）

     调用方：公众，无需令牌（经网页前端转来时按浏览器地址限流）。

    办结的案件凭案件编号和身份证号后6位评价一次（1—5级），计入受理窗口和首问责任人；未办结或已评价过 409。

    Args:
        body (RatingCreate): 好差评: one per concluded case, proven by the case number and the last 6
            of the ID number.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RatingReceipt]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: RatingCreate,
) -> Problem | RatingReceipt | None:
    """好差评（公众，每个办结案件一次）

     调用方：公众，无需令牌（经网页前端转来时按浏览器地址限流）。

    办结的案件凭案件编号和身份证号后6位评价一次（1—5级），计入受理窗口和首问责任人；未办结或已评价过 409。

    Args:
        body (RatingCreate): 好差评: one per concluded case, proven by the case number and the last 6
            of the ID number.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RatingReceipt
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
