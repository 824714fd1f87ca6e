from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.grants_query import GrantsQuery
from ...models.grants_summary import GrantsSummary
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    *,
    body: GrantsQuery,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/grants/summary",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GrantsSummary | Problem | None:
    if response.status_code == 200:
        response_200 = GrantsSummary.from_dict(response.json())

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

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GrantsSummary | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: GrantsQuery,
) -> Response[GrantsSummary | Problem]:
    """家庭当年已获救助汇总

     窗口工作人员、监督人员、系统管理员、内部服务（资格服务测算、受理服务查重）。

    家庭成员当年（公历年）已获救助的次数与金额（元），可只看一个事项；用于每年次数、金额上限与重复救助检查。
    `item_code=temporary_assistance` 时按上限口径计：先行救助金额计入，同一案件（先行救助与发放）只计一次。
    身份证号放在请求体中（不进入任何地址与代理日志）；每次查询按身份证号记入访问日志（全区可查，但留痕）。

    Args:
        body (GrantsQuery): Whose grants, which year: the ID numbers travel in the body, never in
            a URL a proxy would log.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GrantsSummary | Problem]
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
    body: GrantsQuery,
) -> GrantsSummary | Problem | None:
    """家庭当年已获救助汇总

     窗口工作人员、监督人员、系统管理员、内部服务（资格服务测算、受理服务查重）。

    家庭成员当年（公历年）已获救助的次数与金额（元），可只看一个事项；用于每年次数、金额上限与重复救助检查。
    `item_code=temporary_assistance` 时按上限口径计：先行救助金额计入，同一案件（先行救助与发放）只计一次。
    身份证号放在请求体中（不进入任何地址与代理日志）；每次查询按身份证号记入访问日志（全区可查，但留痕）。

    Args:
        body (GrantsQuery): Whose grants, which year: the ID numbers travel in the body, never in
            a URL a proxy would log.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GrantsSummary | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: GrantsQuery,
) -> Response[GrantsSummary | Problem]:
    """家庭当年已获救助汇总

     窗口工作人员、监督人员、系统管理员、内部服务（资格服务测算、受理服务查重）。

    家庭成员当年（公历年）已获救助的次数与金额（元），可只看一个事项；用于每年次数、金额上限与重复救助检查。
    `item_code=temporary_assistance` 时按上限口径计：先行救助金额计入，同一案件（先行救助与发放）只计一次。
    身份证号放在请求体中（不进入任何地址与代理日志）；每次查询按身份证号记入访问日志（全区可查，但留痕）。

    Args:
        body (GrantsQuery): Whose grants, which year: the ID numbers travel in the body, never in
            a URL a proxy would log.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GrantsSummary | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: GrantsQuery,
) -> GrantsSummary | Problem | None:
    """家庭当年已获救助汇总

     窗口工作人员、监督人员、系统管理员、内部服务（资格服务测算、受理服务查重）。

    家庭成员当年（公历年）已获救助的次数与金额（元），可只看一个事项；用于每年次数、金额上限与重复救助检查。
    `item_code=temporary_assistance` 时按上限口径计：先行救助金额计入，同一案件（先行救助与发放）只计一次。
    身份证号放在请求体中（不进入任何地址与代理日志）；每次查询按身份证号记入访问日志（全区可查，但留痕）。

    Args:
        body (GrantsQuery): Whose grants, which year: the ID numbers travel in the body, never in
            a URL a proxy would log.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GrantsSummary | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
