from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.grants_summary import GrantsSummary
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    id_numbers: str,
    year: int,
    item_code: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["id_numbers"] = id_numbers

    params["year"] = year

    json_item_code: None | str | Unset
    if isinstance(item_code, Unset):
        json_item_code = UNSET
    else:
        json_item_code = item_code
    params["item_code"] = json_item_code

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/grants/summary",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GrantsSummary | Problem | None:
    if response.status_code == 200:
        response_200 = GrantsSummary.from_dict(response.json())

        return response_200

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
    id_numbers: str,
    year: int,
    item_code: None | str | Unset = UNSET,
) -> Response[GrantsSummary | Problem]:
    """家庭当年已获救助汇总

     窗口工作人员、监督人员、系统管理员、内部服务（资格服务测算、受理服务查重）。

    家庭成员当年（公历年）已获救助的次数与金额（元），可只看一个事项；用于每年次数、金额上限与重复救助检查。
    `item_code=temporary_assistance` 时按上限口径计：先行救助金额计入，同一案件（先行救助与发放）只计一次。

    Args:
        id_numbers (str): 逗号分隔的身份证号
        year (int):
        item_code (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GrantsSummary | Problem]
    """

    kwargs = _get_kwargs(
        id_numbers=id_numbers,
        year=year,
        item_code=item_code,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    id_numbers: str,
    year: int,
    item_code: None | str | Unset = UNSET,
) -> GrantsSummary | Problem | None:
    """家庭当年已获救助汇总

     窗口工作人员、监督人员、系统管理员、内部服务（资格服务测算、受理服务查重）。

    家庭成员当年（公历年）已获救助的次数与金额（元），可只看一个事项；用于每年次数、金额上限与重复救助检查。
    `item_code=temporary_assistance` 时按上限口径计：先行救助金额计入，同一案件（先行救助与发放）只计一次。

    Args:
        id_numbers (str): 逗号分隔的身份证号
        year (int):
        item_code (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GrantsSummary | Problem
    """

    return sync_detailed(
        client=client,
        id_numbers=id_numbers,
        year=year,
        item_code=item_code,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    id_numbers: str,
    year: int,
    item_code: None | str | Unset = UNSET,
) -> Response[GrantsSummary | Problem]:
    """家庭当年已获救助汇总

     窗口工作人员、监督人员、系统管理员、内部服务（资格服务测算、受理服务查重）。

    家庭成员当年（公历年）已获救助的次数与金额（元），可只看一个事项；用于每年次数、金额上限与重复救助检查。
    `item_code=temporary_assistance` 时按上限口径计：先行救助金额计入，同一案件（先行救助与发放）只计一次。

    Args:
        id_numbers (str): 逗号分隔的身份证号
        year (int):
        item_code (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GrantsSummary | Problem]
    """

    kwargs = _get_kwargs(
        id_numbers=id_numbers,
        year=year,
        item_code=item_code,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    id_numbers: str,
    year: int,
    item_code: None | str | Unset = UNSET,
) -> GrantsSummary | Problem | None:
    """家庭当年已获救助汇总

     窗口工作人员、监督人员、系统管理员、内部服务（资格服务测算、受理服务查重）。

    家庭成员当年（公历年）已获救助的次数与金额（元），可只看一个事项；用于每年次数、金额上限与重复救助检查。
    `item_code=temporary_assistance` 时按上限口径计：先行救助金额计入，同一案件（先行救助与发放）只计一次。

    Args:
        id_numbers (str): 逗号分隔的身份证号
        year (int):
        item_code (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GrantsSummary | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            id_numbers=id_numbers,
            year=year,
            item_code=item_code,
        )
    ).parsed
