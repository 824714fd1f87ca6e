import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cap_status import CapStatus
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    slip_id: int,
    *,
    on: datetime.date | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_on: None | str | Unset
    if isinstance(on, Unset):
        json_on = UNSET
    elif isinstance(on, datetime.date):
        json_on = on.isoformat()
    else:
        json_on = on
    params["on"] = json_on

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/slips/{slip_id}/caps".format(
            slip_id=quote(str(slip_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CapStatus | Problem | None:
    if response.status_code == 200:
        response_200 = CapStatus.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

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
) -> Response[CapStatus | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    slip_id: int,
    *,
    client: AuthenticatedClient,
    on: datetime.date | None | Unset = UNSET,
) -> Response[CapStatus | Problem]:
    """本户临时救助年度上限与已用额度

     接收部门、协同部门系统、本辖区窗口与监督人员。

    通知单所属家庭（案件登记的全部成员身份证号）在救助日期所在公历年已获临时救助的次数、金额（含先行救助）、
    剩余额度及所依据的参数；资格服务不可用时为 503。

    Args:
        slip_id (int): 数据库编号
        on (datetime.date | None | Unset): 救助日期，默认今天

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CapStatus | Problem]
    """

    kwargs = _get_kwargs(
        slip_id=slip_id,
        on=on,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    slip_id: int,
    *,
    client: AuthenticatedClient,
    on: datetime.date | None | Unset = UNSET,
) -> CapStatus | Problem | None:
    """本户临时救助年度上限与已用额度

     接收部门、协同部门系统、本辖区窗口与监督人员。

    通知单所属家庭（案件登记的全部成员身份证号）在救助日期所在公历年已获临时救助的次数、金额（含先行救助）、
    剩余额度及所依据的参数；资格服务不可用时为 503。

    Args:
        slip_id (int): 数据库编号
        on (datetime.date | None | Unset): 救助日期，默认今天

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CapStatus | Problem
    """

    return sync_detailed(
        slip_id=slip_id,
        client=client,
        on=on,
    ).parsed


async def asyncio_detailed(
    slip_id: int,
    *,
    client: AuthenticatedClient,
    on: datetime.date | None | Unset = UNSET,
) -> Response[CapStatus | Problem]:
    """本户临时救助年度上限与已用额度

     接收部门、协同部门系统、本辖区窗口与监督人员。

    通知单所属家庭（案件登记的全部成员身份证号）在救助日期所在公历年已获临时救助的次数、金额（含先行救助）、
    剩余额度及所依据的参数；资格服务不可用时为 503。

    Args:
        slip_id (int): 数据库编号
        on (datetime.date | None | Unset): 救助日期，默认今天

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CapStatus | Problem]
    """

    kwargs = _get_kwargs(
        slip_id=slip_id,
        on=on,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    slip_id: int,
    *,
    client: AuthenticatedClient,
    on: datetime.date | None | Unset = UNSET,
) -> CapStatus | Problem | None:
    """本户临时救助年度上限与已用额度

     接收部门、协同部门系统、本辖区窗口与监督人员。

    通知单所属家庭（案件登记的全部成员身份证号）在救助日期所在公历年已获临时救助的次数、金额（含先行救助）、
    剩余额度及所依据的参数；资格服务不可用时为 503。

    Args:
        slip_id (int): 数据库编号
        on (datetime.date | None | Unset): 救助日期，默认今天

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CapStatus | Problem
    """

    return (
        await asyncio_detailed(
            slip_id=slip_id,
            client=client,
            on=on,
        )
    ).parsed
