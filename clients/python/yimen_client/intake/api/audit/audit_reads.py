import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.read_audit_page import ReadAuditPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    id_number: None | str | Unset = UNSET,
    phone: None | str | Unset = UNSET,
    case_number: None | str | Unset = UNSET,
    actor: None | str | Unset = UNSET,
    action: None | str | Unset = UNSET,
    date_from: datetime.date | None | Unset = UNSET,
    date_to: datetime.date | None | Unset = UNSET,
    limit: int | Unset = 200,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_id_number: None | str | Unset
    if isinstance(id_number, Unset):
        json_id_number = UNSET
    else:
        json_id_number = id_number
    params["id_number"] = json_id_number

    json_phone: None | str | Unset
    if isinstance(phone, Unset):
        json_phone = UNSET
    else:
        json_phone = phone
    params["phone"] = json_phone

    json_case_number: None | str | Unset
    if isinstance(case_number, Unset):
        json_case_number = UNSET
    else:
        json_case_number = case_number
    params["case_number"] = json_case_number

    json_actor: None | str | Unset
    if isinstance(actor, Unset):
        json_actor = UNSET
    else:
        json_actor = actor
    params["actor"] = json_actor

    json_action: None | str | Unset
    if isinstance(action, Unset):
        json_action = UNSET
    else:
        json_action = action
    params["action"] = json_action

    json_date_from: None | str | Unset
    if isinstance(date_from, Unset):
        json_date_from = UNSET
    elif isinstance(date_from, datetime.date):
        json_date_from = date_from.isoformat()
    else:
        json_date_from = date_from
    params["date_from"] = json_date_from

    json_date_to: None | str | Unset
    if isinstance(date_to, Unset):
        json_date_to = UNSET
    elif isinstance(date_to, datetime.date):
        json_date_to = date_to.isoformat()
    else:
        json_date_to = date_to
    params["date_to"] = json_date_to

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/audit/reads",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | ReadAuditPage | None:
    if response.status_code == 200:
        response_200 = ReadAuditPage.from_dict(response.json())

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
) -> Response[Problem | ReadAuditPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    id_number: None | str | Unset = UNSET,
    phone: None | str | Unset = UNSET,
    case_number: None | str | Unset = UNSET,
    actor: None | str | Unset = UNSET,
    action: None | str | Unset = UNSET,
    date_from: datetime.date | None | Unset = UNSET,
    date_to: datetime.date | None | Unset = UNSET,
    limit: int | Unset = 200,
) -> Response[Problem | ReadAuditPage]:
    """个人信息访问记录查询（谁查看、打印、导出了哪户）

     调用方：监督人员、管理员。街道监督人员只见本街道的案件和本街道人员的记录，区级见全部。按身份证号（完整号码）、电话、案件编号、操作人、操作、日期筛选，新的在前；每类最多返回 limit
    条。记录只增不改：没有修改或删除访问记录的接口。

    Args:
        id_number (None | str | Unset): 完整身份证号
        phone (None | str | Unset):
        case_number (None | str | Unset):
        actor (None | str | Unset):
        action (None | str | Unset):
        date_from (datetime.date | None | Unset):
        date_to (datetime.date | None | Unset):
        limit (int | Unset):  Default: 200.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ReadAuditPage]
    """

    kwargs = _get_kwargs(
        id_number=id_number,
        phone=phone,
        case_number=case_number,
        actor=actor,
        action=action,
        date_from=date_from,
        date_to=date_to,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    id_number: None | str | Unset = UNSET,
    phone: None | str | Unset = UNSET,
    case_number: None | str | Unset = UNSET,
    actor: None | str | Unset = UNSET,
    action: None | str | Unset = UNSET,
    date_from: datetime.date | None | Unset = UNSET,
    date_to: datetime.date | None | Unset = UNSET,
    limit: int | Unset = 200,
) -> Problem | ReadAuditPage | None:
    """个人信息访问记录查询（谁查看、打印、导出了哪户）

     调用方：监督人员、管理员。街道监督人员只见本街道的案件和本街道人员的记录，区级见全部。按身份证号（完整号码）、电话、案件编号、操作人、操作、日期筛选，新的在前；每类最多返回 limit
    条。记录只增不改：没有修改或删除访问记录的接口。

    Args:
        id_number (None | str | Unset): 完整身份证号
        phone (None | str | Unset):
        case_number (None | str | Unset):
        actor (None | str | Unset):
        action (None | str | Unset):
        date_from (datetime.date | None | Unset):
        date_to (datetime.date | None | Unset):
        limit (int | Unset):  Default: 200.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ReadAuditPage
    """

    return sync_detailed(
        client=client,
        id_number=id_number,
        phone=phone,
        case_number=case_number,
        actor=actor,
        action=action,
        date_from=date_from,
        date_to=date_to,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    id_number: None | str | Unset = UNSET,
    phone: None | str | Unset = UNSET,
    case_number: None | str | Unset = UNSET,
    actor: None | str | Unset = UNSET,
    action: None | str | Unset = UNSET,
    date_from: datetime.date | None | Unset = UNSET,
    date_to: datetime.date | None | Unset = UNSET,
    limit: int | Unset = 200,
) -> Response[Problem | ReadAuditPage]:
    """个人信息访问记录查询（谁查看、打印、导出了哪户）

     调用方：监督人员、管理员。街道监督人员只见本街道的案件和本街道人员的记录，区级见全部。按身份证号（完整号码）、电话、案件编号、操作人、操作、日期筛选，新的在前；每类最多返回 limit
    条。记录只增不改：没有修改或删除访问记录的接口。

    Args:
        id_number (None | str | Unset): 完整身份证号
        phone (None | str | Unset):
        case_number (None | str | Unset):
        actor (None | str | Unset):
        action (None | str | Unset):
        date_from (datetime.date | None | Unset):
        date_to (datetime.date | None | Unset):
        limit (int | Unset):  Default: 200.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ReadAuditPage]
    """

    kwargs = _get_kwargs(
        id_number=id_number,
        phone=phone,
        case_number=case_number,
        actor=actor,
        action=action,
        date_from=date_from,
        date_to=date_to,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    id_number: None | str | Unset = UNSET,
    phone: None | str | Unset = UNSET,
    case_number: None | str | Unset = UNSET,
    actor: None | str | Unset = UNSET,
    action: None | str | Unset = UNSET,
    date_from: datetime.date | None | Unset = UNSET,
    date_to: datetime.date | None | Unset = UNSET,
    limit: int | Unset = 200,
) -> Problem | ReadAuditPage | None:
    """个人信息访问记录查询（谁查看、打印、导出了哪户）

     调用方：监督人员、管理员。街道监督人员只见本街道的案件和本街道人员的记录，区级见全部。按身份证号（完整号码）、电话、案件编号、操作人、操作、日期筛选，新的在前；每类最多返回 limit
    条。记录只增不改：没有修改或删除访问记录的接口。

    Args:
        id_number (None | str | Unset): 完整身份证号
        phone (None | str | Unset):
        case_number (None | str | Unset):
        actor (None | str | Unset):
        action (None | str | Unset):
        date_from (datetime.date | None | Unset):
        date_to (datetime.date | None | Unset):
        limit (int | Unset):  Default: 200.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ReadAuditPage
    """

    return (
        await asyncio_detailed(
            client=client,
            id_number=id_number,
            phone=phone,
            case_number=case_number,
            actor=actor,
            action=action,
            date_from=date_from,
            date_to=date_to,
            limit=limit,
        )
    ).parsed
