import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.consultation_channel import (
    ConsultationChannel,
)
from ...models.consultation_status import ConsultationStatus
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    region: None | str | Unset = UNSET,
    channel: ConsultationChannel | None | Unset = UNSET,
    status: ConsultationStatus | None | Unset = UNSET,
    staff: None | str | Unset = UNSET,
    item_code: None | str | Unset = UNSET,
    date_from: datetime.date | None | Unset = UNSET,
    date_to: datetime.date | None | Unset = UNSET,
    overdue: bool | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_region: None | str | Unset
    if isinstance(region, Unset):
        json_region = UNSET
    else:
        json_region = region
    params["region"] = json_region

    json_channel: None | str | Unset
    if isinstance(channel, Unset):
        json_channel = UNSET
    elif isinstance(channel, str):
        json_channel = channel
    else:
        json_channel = channel
    params["channel"] = json_channel

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, str):
        json_status = status
    else:
        json_status = status
    params["status"] = json_status

    json_staff: None | str | Unset
    if isinstance(staff, Unset):
        json_staff = UNSET
    else:
        json_staff = staff
    params["staff"] = json_staff

    json_item_code: None | str | Unset
    if isinstance(item_code, Unset):
        json_item_code = UNSET
    else:
        json_item_code = item_code
    params["item_code"] = json_item_code

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

    json_overdue: bool | None | Unset
    if isinstance(overdue, Unset):
        json_overdue = UNSET
    else:
        json_overdue = overdue
    params["overdue"] = json_overdue

    json_q: None | str | Unset
    if isinstance(q, Unset):
        json_q = UNSET
    else:
        json_q = q
    params["q"] = json_q

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/consultations/export.csv",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | str | None:
    if response.status_code == 200:
        response_200 = response.text
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
) -> Response[Problem | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    region: None | str | Unset = UNSET,
    channel: ConsultationChannel | None | Unset = UNSET,
    status: ConsultationStatus | None | Unset = UNSET,
    staff: None | str | Unset = UNSET,
    item_code: None | str | Unset = UNSET,
    date_from: datetime.date | None | Unset = UNSET,
    date_to: datetime.date | None | Unset = UNSET,
    overdue: bool | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
) -> Response[Problem | str]:
    """导出来访登记台账（CSV）

     调用方：窗口工作人员、部门经办人、监督人员、管理员，仅限各自区域（镇街只见本镇街，区级见全区）。

    与台账相同的筛选条件，最多 10000 行。

    Args:
        region (None | str | Unset): 区或镇街代码（须在本人区域内）
        channel (ConsultationChannel | None | Unset):
        status (ConsultationStatus | None | Unset):
        staff (None | str | Unset): 首问责任人用户名
        item_code (None | str | Unset):
        date_from (datetime.date | None | Unset):
        date_to (datetime.date | None | Unset):
        overdue (bool | None | Unset): 只看回访逾期（true）或未逾期（false）
        q (None | str | Unset): 搜索姓名、联系方式、事项、编号、答复

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | str]
    """

    kwargs = _get_kwargs(
        region=region,
        channel=channel,
        status=status,
        staff=staff,
        item_code=item_code,
        date_from=date_from,
        date_to=date_to,
        overdue=overdue,
        q=q,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    region: None | str | Unset = UNSET,
    channel: ConsultationChannel | None | Unset = UNSET,
    status: ConsultationStatus | None | Unset = UNSET,
    staff: None | str | Unset = UNSET,
    item_code: None | str | Unset = UNSET,
    date_from: datetime.date | None | Unset = UNSET,
    date_to: datetime.date | None | Unset = UNSET,
    overdue: bool | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
) -> Problem | str | None:
    """导出来访登记台账（CSV）

     调用方：窗口工作人员、部门经办人、监督人员、管理员，仅限各自区域（镇街只见本镇街，区级见全区）。

    与台账相同的筛选条件，最多 10000 行。

    Args:
        region (None | str | Unset): 区或镇街代码（须在本人区域内）
        channel (ConsultationChannel | None | Unset):
        status (ConsultationStatus | None | Unset):
        staff (None | str | Unset): 首问责任人用户名
        item_code (None | str | Unset):
        date_from (datetime.date | None | Unset):
        date_to (datetime.date | None | Unset):
        overdue (bool | None | Unset): 只看回访逾期（true）或未逾期（false）
        q (None | str | Unset): 搜索姓名、联系方式、事项、编号、答复

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | str
    """

    return sync_detailed(
        client=client,
        region=region,
        channel=channel,
        status=status,
        staff=staff,
        item_code=item_code,
        date_from=date_from,
        date_to=date_to,
        overdue=overdue,
        q=q,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    region: None | str | Unset = UNSET,
    channel: ConsultationChannel | None | Unset = UNSET,
    status: ConsultationStatus | None | Unset = UNSET,
    staff: None | str | Unset = UNSET,
    item_code: None | str | Unset = UNSET,
    date_from: datetime.date | None | Unset = UNSET,
    date_to: datetime.date | None | Unset = UNSET,
    overdue: bool | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
) -> Response[Problem | str]:
    """导出来访登记台账（CSV）

     调用方：窗口工作人员、部门经办人、监督人员、管理员，仅限各自区域（镇街只见本镇街，区级见全区）。

    与台账相同的筛选条件，最多 10000 行。

    Args:
        region (None | str | Unset): 区或镇街代码（须在本人区域内）
        channel (ConsultationChannel | None | Unset):
        status (ConsultationStatus | None | Unset):
        staff (None | str | Unset): 首问责任人用户名
        item_code (None | str | Unset):
        date_from (datetime.date | None | Unset):
        date_to (datetime.date | None | Unset):
        overdue (bool | None | Unset): 只看回访逾期（true）或未逾期（false）
        q (None | str | Unset): 搜索姓名、联系方式、事项、编号、答复

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | str]
    """

    kwargs = _get_kwargs(
        region=region,
        channel=channel,
        status=status,
        staff=staff,
        item_code=item_code,
        date_from=date_from,
        date_to=date_to,
        overdue=overdue,
        q=q,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    region: None | str | Unset = UNSET,
    channel: ConsultationChannel | None | Unset = UNSET,
    status: ConsultationStatus | None | Unset = UNSET,
    staff: None | str | Unset = UNSET,
    item_code: None | str | Unset = UNSET,
    date_from: datetime.date | None | Unset = UNSET,
    date_to: datetime.date | None | Unset = UNSET,
    overdue: bool | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
) -> Problem | str | None:
    """导出来访登记台账（CSV）

     调用方：窗口工作人员、部门经办人、监督人员、管理员，仅限各自区域（镇街只见本镇街，区级见全区）。

    与台账相同的筛选条件，最多 10000 行。

    Args:
        region (None | str | Unset): 区或镇街代码（须在本人区域内）
        channel (ConsultationChannel | None | Unset):
        status (ConsultationStatus | None | Unset):
        staff (None | str | Unset): 首问责任人用户名
        item_code (None | str | Unset):
        date_from (datetime.date | None | Unset):
        date_to (datetime.date | None | Unset):
        overdue (bool | None | Unset): 只看回访逾期（true）或未逾期（false）
        q (None | str | Unset): 搜索姓名、联系方式、事项、编号、答复

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | str
    """

    return (
        await asyncio_detailed(
            client=client,
            region=region,
            channel=channel,
            status=status,
            staff=staff,
            item_code=item_code,
            date_from=date_from,
            date_to=date_to,
            overdue=overdue,
            q=q,
        )
    ).parsed
