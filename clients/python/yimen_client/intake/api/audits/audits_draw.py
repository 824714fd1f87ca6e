from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.sample_public import SamplePublic
from ...models.sample_request import SampleRequest
from ...types import Response


def _get_kwargs(
    *,
    body: SampleRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/audits/samples",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | SamplePublic | None:
    if response.status_code == 201:
        response_201 = SamplePublic.from_dict(response.json())

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
) -> Response[Problem | SamplePublic]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SampleRequest,
) -> Response[Problem | SamplePublic]:
    """随机抽取案件（三随机）

     调用方：监督人员、管理员。街道监督人员只能抽查和查看本街道，区级可抽查全区。

    从区域内（可按事项、收件日期筛选）的案件中按种子随机抽取 size 件（最多 500）：案件按编号升序排列后用 Python `random.Random(seed).sample`
    抽取，同一输入、同一数据得到同一样本；给出检查人员名单时，同一随机数序列依次为每件随机指定一名检查人员（随机选派）。记录抽取人和时间。

    Args:
        body (SampleRequest): What to draw from: the same inputs over the same data give the same
            cases.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SamplePublic]
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
    body: SampleRequest,
) -> Problem | SamplePublic | None:
    """随机抽取案件（三随机）

     调用方：监督人员、管理员。街道监督人员只能抽查和查看本街道，区级可抽查全区。

    从区域内（可按事项、收件日期筛选）的案件中按种子随机抽取 size 件（最多 500）：案件按编号升序排列后用 Python `random.Random(seed).sample`
    抽取，同一输入、同一数据得到同一样本；给出检查人员名单时，同一随机数序列依次为每件随机指定一名检查人员（随机选派）。记录抽取人和时间。

    Args:
        body (SampleRequest): What to draw from: the same inputs over the same data give the same
            cases.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SamplePublic
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SampleRequest,
) -> Response[Problem | SamplePublic]:
    """随机抽取案件（三随机）

     调用方：监督人员、管理员。街道监督人员只能抽查和查看本街道，区级可抽查全区。

    从区域内（可按事项、收件日期筛选）的案件中按种子随机抽取 size 件（最多 500）：案件按编号升序排列后用 Python `random.Random(seed).sample`
    抽取，同一输入、同一数据得到同一样本；给出检查人员名单时，同一随机数序列依次为每件随机指定一名检查人员（随机选派）。记录抽取人和时间。

    Args:
        body (SampleRequest): What to draw from: the same inputs over the same data give the same
            cases.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SamplePublic]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SampleRequest,
) -> Problem | SamplePublic | None:
    """随机抽取案件（三随机）

     调用方：监督人员、管理员。街道监督人员只能抽查和查看本街道，区级可抽查全区。

    从区域内（可按事项、收件日期筛选）的案件中按种子随机抽取 size 件（最多 500）：案件按编号升序排列后用 Python `random.Random(seed).sample`
    抽取，同一输入、同一数据得到同一样本；给出检查人员名单时，同一随机数序列依次为每件随机指定一名检查人员（随机选派）。记录抽取人和时间。

    Args:
        body (SampleRequest): What to draw from: the same inputs over the same data give the same
            cases.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SamplePublic
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
