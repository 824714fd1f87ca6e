from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.emergency_aid_in import EmergencyAidIn
from ...models.emergency_aid_public import EmergencyAidPublic
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    case_id: int,
    *,
    body: EmergencyAidIn,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/cases/{case_id}/emergency-aid".format(
            case_id=quote(str(case_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EmergencyAidPublic | Problem | None:
    if response.status_code == 201:
        response_201 = EmergencyAidPublic.from_dict(response.json())

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

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

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
) -> Response[EmergencyAidPublic | Problem]:
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
    body: EmergencyAidIn,
) -> Response[EmergencyAidPublic | Problem]:
    """登记先行救助

     窗口工作人员、部门经办人（本辖区案件）。

    紧急案件先行救助后登记谁给了什么、金额多少（元）；非紧急案件为 409。登记写入案件时间线并告知受理服务。
    先行救助计入临时救助每户每年次数与金额上限，超过时为 409（列出已救助次数与金额），资格服务不可用时为 503。

    Args:
        case_id (int): 数据库编号
        body (EmergencyAidIn): Emergency aid given first (先行救助).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmergencyAidPublic | Problem]
    """

    kwargs = _get_kwargs(
        case_id=case_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    case_id: int,
    *,
    client: AuthenticatedClient,
    body: EmergencyAidIn,
) -> EmergencyAidPublic | Problem | None:
    """登记先行救助

     窗口工作人员、部门经办人（本辖区案件）。

    紧急案件先行救助后登记谁给了什么、金额多少（元）；非紧急案件为 409。登记写入案件时间线并告知受理服务。
    先行救助计入临时救助每户每年次数与金额上限，超过时为 409（列出已救助次数与金额），资格服务不可用时为 503。

    Args:
        case_id (int): 数据库编号
        body (EmergencyAidIn): Emergency aid given first (先行救助).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmergencyAidPublic | Problem
    """

    return sync_detailed(
        case_id=case_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    case_id: int,
    *,
    client: AuthenticatedClient,
    body: EmergencyAidIn,
) -> Response[EmergencyAidPublic | Problem]:
    """登记先行救助

     窗口工作人员、部门经办人（本辖区案件）。

    紧急案件先行救助后登记谁给了什么、金额多少（元）；非紧急案件为 409。登记写入案件时间线并告知受理服务。
    先行救助计入临时救助每户每年次数与金额上限，超过时为 409（列出已救助次数与金额），资格服务不可用时为 503。

    Args:
        case_id (int): 数据库编号
        body (EmergencyAidIn): Emergency aid given first (先行救助).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmergencyAidPublic | Problem]
    """

    kwargs = _get_kwargs(
        case_id=case_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    case_id: int,
    *,
    client: AuthenticatedClient,
    body: EmergencyAidIn,
) -> EmergencyAidPublic | Problem | None:
    """登记先行救助

     窗口工作人员、部门经办人（本辖区案件）。

    紧急案件先行救助后登记谁给了什么、金额多少（元）；非紧急案件为 409。登记写入案件时间线并告知受理服务。
    先行救助计入临时救助每户每年次数与金额上限，超过时为 409（列出已救助次数与金额），资格服务不可用时为 503。

    Args:
        case_id (int): 数据库编号
        body (EmergencyAidIn): Emergency aid given first (先行救助).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmergencyAidPublic | Problem
    """

    return (
        await asyncio_detailed(
            case_id=case_id,
            client=client,
            body=body,
        )
    ).parsed
