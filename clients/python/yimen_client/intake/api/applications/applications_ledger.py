import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.application_status import ApplicationStatus
from ...models.ledger_page import LedgerPage
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    region: None | str | Unset = UNSET,
    status: ApplicationStatus | None | Unset = UNSET,
    item_code: None | str | Unset = UNSET,
    date_from: datetime.date | None | Unset = UNSET,
    date_to: datetime.date | None | Unset = UNSET,
    overdue: bool | None | Unset = UNSET,
    first_responder: None | str | Unset = UNSET,
    q: None | str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    before_id: int | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_region: None | str | Unset
    if isinstance(region, Unset):
        json_region = UNSET
    else:
        json_region = region
    params["region"] = json_region

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, str):
        json_status = status
    else:
        json_status = status
    params["status"] = json_status

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

    json_first_responder: None | str | Unset
    if isinstance(first_responder, Unset):
        json_first_responder = UNSET
    else:
        json_first_responder = first_responder
    params["first_responder"] = json_first_responder

    json_q: None | str | Unset
    if isinstance(q, Unset):
        json_q = UNSET
    else:
        json_q = q
    params["q"] = json_q

    params["page"] = page

    params["page_size"] = page_size

    json_before_id: int | None | Unset
    if isinstance(before_id, Unset):
        json_before_id = UNSET
    else:
        json_before_id = before_id
    params["before_id"] = json_before_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/applications",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> LedgerPage | Problem | None:
    if response.status_code == 200:
        response_200 = LedgerPage.from_dict(response.json())

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
) -> Response[LedgerPage | Problem]:
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
    status: ApplicationStatus | None | Unset = UNSET,
    item_code: None | str | Unset = UNSET,
    date_from: datetime.date | None | Unset = UNSET,
    date_to: datetime.date | None | Unset = UNSET,
    overdue: bool | None | Unset = UNSET,
    first_responder: None | str | Unset = UNSET,
    q: None | str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    before_id: int | None | Unset = UNSET,
) -> Response[LedgerPage | Problem]:
    """案件台账（可导出 CSV / XLSX）

     调用方：窗口工作人员、监督人员、管理员，仅限各自区域的案件。

    按区域、状态、事项、登记日期、是否逾期、首问责任人筛选，`q` 为案件编号或申请人姓名的一部分、完整身份证号（申请人或家庭成员，15位自动升为18位）或电话号码；新案在前，分页返回（`page`
    或游标 `before_id`，深页用游标），每行带剩余工作日和逾期、临期标记。`Accept: text/csv` 或 XLSX
    时导出同样筛选条件下的全部案件（不分页）。每次列表、查询和导出记入访问记录（条件和行数）。

    Args:
        region (None | str | Unset): 区或镇街代码（须在本人区域内）
        status (ApplicationStatus | None | Unset):
        item_code (None | str | Unset):
        date_from (datetime.date | None | Unset):
        date_to (datetime.date | None | Unset):
        overdue (bool | None | Unset):
        first_responder (None | str | Unset): 首问责任人用户名
        q (None | str | Unset): 案件编号或姓名的一部分、完整身份证号或电话
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.
        before_id (int | None | Unset): 游标：只列编号小于它的案件（上一页返回的 `next_before_id`），翻到多深都一样快；给出时 `page`
            只作页码显示

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LedgerPage | Problem]
    """

    kwargs = _get_kwargs(
        region=region,
        status=status,
        item_code=item_code,
        date_from=date_from,
        date_to=date_to,
        overdue=overdue,
        first_responder=first_responder,
        q=q,
        page=page,
        page_size=page_size,
        before_id=before_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    region: None | str | Unset = UNSET,
    status: ApplicationStatus | None | Unset = UNSET,
    item_code: None | str | Unset = UNSET,
    date_from: datetime.date | None | Unset = UNSET,
    date_to: datetime.date | None | Unset = UNSET,
    overdue: bool | None | Unset = UNSET,
    first_responder: None | str | Unset = UNSET,
    q: None | str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    before_id: int | None | Unset = UNSET,
) -> LedgerPage | Problem | None:
    """案件台账（可导出 CSV / XLSX）

     调用方：窗口工作人员、监督人员、管理员，仅限各自区域的案件。

    按区域、状态、事项、登记日期、是否逾期、首问责任人筛选，`q` 为案件编号或申请人姓名的一部分、完整身份证号（申请人或家庭成员，15位自动升为18位）或电话号码；新案在前，分页返回（`page`
    或游标 `before_id`，深页用游标），每行带剩余工作日和逾期、临期标记。`Accept: text/csv` 或 XLSX
    时导出同样筛选条件下的全部案件（不分页）。每次列表、查询和导出记入访问记录（条件和行数）。

    Args:
        region (None | str | Unset): 区或镇街代码（须在本人区域内）
        status (ApplicationStatus | None | Unset):
        item_code (None | str | Unset):
        date_from (datetime.date | None | Unset):
        date_to (datetime.date | None | Unset):
        overdue (bool | None | Unset):
        first_responder (None | str | Unset): 首问责任人用户名
        q (None | str | Unset): 案件编号或姓名的一部分、完整身份证号或电话
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.
        before_id (int | None | Unset): 游标：只列编号小于它的案件（上一页返回的 `next_before_id`），翻到多深都一样快；给出时 `page`
            只作页码显示

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LedgerPage | Problem
    """

    return sync_detailed(
        client=client,
        region=region,
        status=status,
        item_code=item_code,
        date_from=date_from,
        date_to=date_to,
        overdue=overdue,
        first_responder=first_responder,
        q=q,
        page=page,
        page_size=page_size,
        before_id=before_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    region: None | str | Unset = UNSET,
    status: ApplicationStatus | None | Unset = UNSET,
    item_code: None | str | Unset = UNSET,
    date_from: datetime.date | None | Unset = UNSET,
    date_to: datetime.date | None | Unset = UNSET,
    overdue: bool | None | Unset = UNSET,
    first_responder: None | str | Unset = UNSET,
    q: None | str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    before_id: int | None | Unset = UNSET,
) -> Response[LedgerPage | Problem]:
    """案件台账（可导出 CSV / XLSX）

     调用方：窗口工作人员、监督人员、管理员，仅限各自区域的案件。

    按区域、状态、事项、登记日期、是否逾期、首问责任人筛选，`q` 为案件编号或申请人姓名的一部分、完整身份证号（申请人或家庭成员，15位自动升为18位）或电话号码；新案在前，分页返回（`page`
    或游标 `before_id`，深页用游标），每行带剩余工作日和逾期、临期标记。`Accept: text/csv` 或 XLSX
    时导出同样筛选条件下的全部案件（不分页）。每次列表、查询和导出记入访问记录（条件和行数）。

    Args:
        region (None | str | Unset): 区或镇街代码（须在本人区域内）
        status (ApplicationStatus | None | Unset):
        item_code (None | str | Unset):
        date_from (datetime.date | None | Unset):
        date_to (datetime.date | None | Unset):
        overdue (bool | None | Unset):
        first_responder (None | str | Unset): 首问责任人用户名
        q (None | str | Unset): 案件编号或姓名的一部分、完整身份证号或电话
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.
        before_id (int | None | Unset): 游标：只列编号小于它的案件（上一页返回的 `next_before_id`），翻到多深都一样快；给出时 `page`
            只作页码显示

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LedgerPage | Problem]
    """

    kwargs = _get_kwargs(
        region=region,
        status=status,
        item_code=item_code,
        date_from=date_from,
        date_to=date_to,
        overdue=overdue,
        first_responder=first_responder,
        q=q,
        page=page,
        page_size=page_size,
        before_id=before_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    region: None | str | Unset = UNSET,
    status: ApplicationStatus | None | Unset = UNSET,
    item_code: None | str | Unset = UNSET,
    date_from: datetime.date | None | Unset = UNSET,
    date_to: datetime.date | None | Unset = UNSET,
    overdue: bool | None | Unset = UNSET,
    first_responder: None | str | Unset = UNSET,
    q: None | str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    before_id: int | None | Unset = UNSET,
) -> LedgerPage | Problem | None:
    """案件台账（可导出 CSV / XLSX）

     调用方：窗口工作人员、监督人员、管理员，仅限各自区域的案件。

    按区域、状态、事项、登记日期、是否逾期、首问责任人筛选，`q` 为案件编号或申请人姓名的一部分、完整身份证号（申请人或家庭成员，15位自动升为18位）或电话号码；新案在前，分页返回（`page`
    或游标 `before_id`，深页用游标），每行带剩余工作日和逾期、临期标记。`Accept: text/csv` 或 XLSX
    时导出同样筛选条件下的全部案件（不分页）。每次列表、查询和导出记入访问记录（条件和行数）。

    Args:
        region (None | str | Unset): 区或镇街代码（须在本人区域内）
        status (ApplicationStatus | None | Unset):
        item_code (None | str | Unset):
        date_from (datetime.date | None | Unset):
        date_to (datetime.date | None | Unset):
        overdue (bool | None | Unset):
        first_responder (None | str | Unset): 首问责任人用户名
        q (None | str | Unset): 案件编号或姓名的一部分、完整身份证号或电话
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.
        before_id (int | None | Unset): 游标：只列编号小于它的案件（上一页返回的 `next_before_id`），翻到多深都一样快；给出时 `page`
            只作页码显示

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LedgerPage | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            region=region,
            status=status,
            item_code=item_code,
            date_from=date_from,
            date_to=date_to,
            overdue=overdue,
            first_responder=first_responder,
            q=q,
            page=page,
            page_size=page_size,
            before_id=before_id,
        )
    ).parsed
