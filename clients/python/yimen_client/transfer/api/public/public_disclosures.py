from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.disclosure_list import DisclosureList
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    street: None | str | Unset = UNSET,
    community: None | str | Unset = UNSET,
    item_code: None | str | Unset = UNSET,
    limit: int | Unset = 200,
    offset: int | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_street: None | str | Unset
    if isinstance(street, Unset):
        json_street = UNSET
    else:
        json_street = street
    params["street"] = json_street

    json_community: None | str | Unset
    if isinstance(community, Unset):
        json_community = UNSET
    else:
        json_community = community
    params["community"] = json_community

    json_item_code: None | str | Unset
    if isinstance(item_code, Unset):
        json_item_code = UNSET
    else:
        json_item_code = item_code
    params["item_code"] = json_item_code

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/public/disclosures",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DisclosureList | Problem | None:
    if response.status_code == 200:
        response_200 = DisclosureList.from_dict(response.json())

        return response_200

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
) -> Response[DisclosureList | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    street: None | str | Unset = UNSET,
    community: None | str | Unset = UNSET,
    item_code: None | str | Unset = UNSET,
    limit: int | Unset = 200,
    offset: int | Unset = 0,
) -> Response[DisclosureList | Problem]:
    """救助公示（公众）

     调用方：公众，无需令牌。姓名脱敏（张*三、王*），不含身份证号、电话、住址。每个地址每分钟最多120次（429）。

    列出公示期（设置 disclosure_months，默认近 3 个月）内已批准的救助：事项、街道、村（社区）、月份、金额（元）、脱敏姓名；answers
    为公示期内已答复的异议及答复（身份证号、电话、邮箱、受助人姓名已脱敏）。

    Args:
        street (None | str | Unset):
        community (None | str | Unset):
        item_code (None | str | Unset):
        limit (int | Unset):  Default: 200.
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DisclosureList | Problem]
    """

    kwargs = _get_kwargs(
        street=street,
        community=community,
        item_code=item_code,
        limit=limit,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    street: None | str | Unset = UNSET,
    community: None | str | Unset = UNSET,
    item_code: None | str | Unset = UNSET,
    limit: int | Unset = 200,
    offset: int | Unset = 0,
) -> DisclosureList | Problem | None:
    """救助公示（公众）

     调用方：公众，无需令牌。姓名脱敏（张*三、王*），不含身份证号、电话、住址。每个地址每分钟最多120次（429）。

    列出公示期（设置 disclosure_months，默认近 3 个月）内已批准的救助：事项、街道、村（社区）、月份、金额（元）、脱敏姓名；answers
    为公示期内已答复的异议及答复（身份证号、电话、邮箱、受助人姓名已脱敏）。

    Args:
        street (None | str | Unset):
        community (None | str | Unset):
        item_code (None | str | Unset):
        limit (int | Unset):  Default: 200.
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DisclosureList | Problem
    """

    return sync_detailed(
        client=client,
        street=street,
        community=community,
        item_code=item_code,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    street: None | str | Unset = UNSET,
    community: None | str | Unset = UNSET,
    item_code: None | str | Unset = UNSET,
    limit: int | Unset = 200,
    offset: int | Unset = 0,
) -> Response[DisclosureList | Problem]:
    """救助公示（公众）

     调用方：公众，无需令牌。姓名脱敏（张*三、王*），不含身份证号、电话、住址。每个地址每分钟最多120次（429）。

    列出公示期（设置 disclosure_months，默认近 3 个月）内已批准的救助：事项、街道、村（社区）、月份、金额（元）、脱敏姓名；answers
    为公示期内已答复的异议及答复（身份证号、电话、邮箱、受助人姓名已脱敏）。

    Args:
        street (None | str | Unset):
        community (None | str | Unset):
        item_code (None | str | Unset):
        limit (int | Unset):  Default: 200.
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DisclosureList | Problem]
    """

    kwargs = _get_kwargs(
        street=street,
        community=community,
        item_code=item_code,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    street: None | str | Unset = UNSET,
    community: None | str | Unset = UNSET,
    item_code: None | str | Unset = UNSET,
    limit: int | Unset = 200,
    offset: int | Unset = 0,
) -> DisclosureList | Problem | None:
    """救助公示（公众）

     调用方：公众，无需令牌。姓名脱敏（张*三、王*），不含身份证号、电话、住址。每个地址每分钟最多120次（429）。

    列出公示期（设置 disclosure_months，默认近 3 个月）内已批准的救助：事项、街道、村（社区）、月份、金额（元）、脱敏姓名；answers
    为公示期内已答复的异议及答复（身份证号、电话、邮箱、受助人姓名已脱敏）。

    Args:
        street (None | str | Unset):
        community (None | str | Unset):
        item_code (None | str | Unset):
        limit (int | Unset):  Default: 200.
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DisclosureList | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            street=street,
            community=community,
            item_code=item_code,
            limit=limit,
            offset=offset,
        )
    ).parsed
