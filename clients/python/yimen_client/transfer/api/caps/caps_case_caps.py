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
    case_id: int,
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
        "url": "/v1/cases/{case_id}/caps".format(
            case_id=quote(str(case_id), safe=""),
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
    case_id: int,
    *,
    client: AuthenticatedClient,
    on: datetime.date | None | Unset = UNSET,
) -> Response[CapStatus | Problem]:
    """案件家庭临时救助年度上限与已用额度

     本辖区窗口工作人员、监督人员、系统管理员。同上，按案件编号查询（先行救助登记前查看）。

    Args:
        case_id (int): 数据库编号
        on (datetime.date | None | Unset): 救助日期，默认今天

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CapStatus | Problem]
    """

    kwargs = _get_kwargs(
        case_id=case_id,
        on=on,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    case_id: int,
    *,
    client: AuthenticatedClient,
    on: datetime.date | None | Unset = UNSET,
) -> CapStatus | Problem | None:
    """案件家庭临时救助年度上限与已用额度

     本辖区窗口工作人员、监督人员、系统管理员。同上，按案件编号查询（先行救助登记前查看）。

    Args:
        case_id (int): 数据库编号
        on (datetime.date | None | Unset): 救助日期，默认今天

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CapStatus | Problem
    """

    return sync_detailed(
        case_id=case_id,
        client=client,
        on=on,
    ).parsed


async def asyncio_detailed(
    case_id: int,
    *,
    client: AuthenticatedClient,
    on: datetime.date | None | Unset = UNSET,
) -> Response[CapStatus | Problem]:
    """案件家庭临时救助年度上限与已用额度

     本辖区窗口工作人员、监督人员、系统管理员。同上，按案件编号查询（先行救助登记前查看）。

    Args:
        case_id (int): 数据库编号
        on (datetime.date | None | Unset): 救助日期，默认今天

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CapStatus | Problem]
    """

    kwargs = _get_kwargs(
        case_id=case_id,
        on=on,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    case_id: int,
    *,
    client: AuthenticatedClient,
    on: datetime.date | None | Unset = UNSET,
) -> CapStatus | Problem | None:
    """案件家庭临时救助年度上限与已用额度

     本辖区窗口工作人员、监督人员、系统管理员。同上，按案件编号查询（先行救助登记前查看）。

    Args:
        case_id (int): 数据库编号
        on (datetime.date | None | Unset): 救助日期，默认今天

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CapStatus | Problem
    """

    return (
        await asyncio_detailed(
            case_id=case_id,
            client=client,
            on=on,
        )
    ).parsed
