from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.timeliness_report import TimelinessReport
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    month_from: None | str | Unset = UNSET,
    month_to: None | str | Unset = UNSET,
    region: None | str | Unset = UNSET,
    department_id: None | str | Unset = UNSET,
    by_month: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_month_from: None | str | Unset
    if isinstance(month_from, Unset):
        json_month_from = UNSET
    else:
        json_month_from = month_from
    params["month_from"] = json_month_from

    json_month_to: None | str | Unset
    if isinstance(month_to, Unset):
        json_month_to = UNSET
    else:
        json_month_to = month_to
    params["month_to"] = json_month_to

    json_region: None | str | Unset
    if isinstance(region, Unset):
        json_region = UNSET
    else:
        json_region = region
    params["region"] = json_region

    json_department_id: None | str | Unset
    if isinstance(department_id, Unset):
        json_department_id = UNSET
    else:
        json_department_id = department_id
    params["department_id"] = json_department_id

    params["by_month"] = by_month

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/statistics/departments",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | TimelinessReport | None:
    if response.status_code == 200:
        response_200 = TimelinessReport.from_dict(response.json())

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
) -> Response[Problem | TimelinessReport]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    month_from: None | str | Unset = UNSET,
    month_to: None | str | Unset = UNSET,
    region: None | str | Unset = UNSET,
    department_id: None | str | Unset = UNSET,
    by_month: bool | Unset = False,
) -> Response[Problem | TimelinessReport]:
    """部门办理时效（按月；可导出 CSV / XLSX）

     监督人员、系统管理员、窗口工作人员（本辖区：街道只见本街道发出、收到或所属案件的通知单，区级见全部）。

    每个承办部门和社会组织：收到的通知单、3个工作日内给出办理意见的条数与比例、收到至意见/结果/反馈的工作日中位数、
    退回数、当前逾期数；按出具日期（北京时间）归月。`Accept: text/csv` 或 XLSX 时导出同一结果。

    Args:
        month_from (None | str | Unset): 起始月份 YYYY-MM，缺省本月
        month_to (None | str | Unset): 截止月份 YYYY-MM，缺省同起始月
        region (None | str | Unset): 区域代码（本人辖区内）
        department_id (None | str | Unset): 只看一个部门
        by_month (bool | Unset): 按月分列 Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TimelinessReport]
    """

    kwargs = _get_kwargs(
        month_from=month_from,
        month_to=month_to,
        region=region,
        department_id=department_id,
        by_month=by_month,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    month_from: None | str | Unset = UNSET,
    month_to: None | str | Unset = UNSET,
    region: None | str | Unset = UNSET,
    department_id: None | str | Unset = UNSET,
    by_month: bool | Unset = False,
) -> Problem | TimelinessReport | None:
    """部门办理时效（按月；可导出 CSV / XLSX）

     监督人员、系统管理员、窗口工作人员（本辖区：街道只见本街道发出、收到或所属案件的通知单，区级见全部）。

    每个承办部门和社会组织：收到的通知单、3个工作日内给出办理意见的条数与比例、收到至意见/结果/反馈的工作日中位数、
    退回数、当前逾期数；按出具日期（北京时间）归月。`Accept: text/csv` 或 XLSX 时导出同一结果。

    Args:
        month_from (None | str | Unset): 起始月份 YYYY-MM，缺省本月
        month_to (None | str | Unset): 截止月份 YYYY-MM，缺省同起始月
        region (None | str | Unset): 区域代码（本人辖区内）
        department_id (None | str | Unset): 只看一个部门
        by_month (bool | Unset): 按月分列 Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TimelinessReport
    """

    return sync_detailed(
        client=client,
        month_from=month_from,
        month_to=month_to,
        region=region,
        department_id=department_id,
        by_month=by_month,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    month_from: None | str | Unset = UNSET,
    month_to: None | str | Unset = UNSET,
    region: None | str | Unset = UNSET,
    department_id: None | str | Unset = UNSET,
    by_month: bool | Unset = False,
) -> Response[Problem | TimelinessReport]:
    """部门办理时效（按月；可导出 CSV / XLSX）

     监督人员、系统管理员、窗口工作人员（本辖区：街道只见本街道发出、收到或所属案件的通知单，区级见全部）。

    每个承办部门和社会组织：收到的通知单、3个工作日内给出办理意见的条数与比例、收到至意见/结果/反馈的工作日中位数、
    退回数、当前逾期数；按出具日期（北京时间）归月。`Accept: text/csv` 或 XLSX 时导出同一结果。

    Args:
        month_from (None | str | Unset): 起始月份 YYYY-MM，缺省本月
        month_to (None | str | Unset): 截止月份 YYYY-MM，缺省同起始月
        region (None | str | Unset): 区域代码（本人辖区内）
        department_id (None | str | Unset): 只看一个部门
        by_month (bool | Unset): 按月分列 Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TimelinessReport]
    """

    kwargs = _get_kwargs(
        month_from=month_from,
        month_to=month_to,
        region=region,
        department_id=department_id,
        by_month=by_month,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    month_from: None | str | Unset = UNSET,
    month_to: None | str | Unset = UNSET,
    region: None | str | Unset = UNSET,
    department_id: None | str | Unset = UNSET,
    by_month: bool | Unset = False,
) -> Problem | TimelinessReport | None:
    """部门办理时效（按月；可导出 CSV / XLSX）

     监督人员、系统管理员、窗口工作人员（本辖区：街道只见本街道发出、收到或所属案件的通知单，区级见全部）。

    每个承办部门和社会组织：收到的通知单、3个工作日内给出办理意见的条数与比例、收到至意见/结果/反馈的工作日中位数、
    退回数、当前逾期数；按出具日期（北京时间）归月。`Accept: text/csv` 或 XLSX 时导出同一结果。

    Args:
        month_from (None | str | Unset): 起始月份 YYYY-MM，缺省本月
        month_to (None | str | Unset): 截止月份 YYYY-MM，缺省同起始月
        region (None | str | Unset): 区域代码（本人辖区内）
        department_id (None | str | Unset): 只看一个部门
        by_month (bool | Unset): 按月分列 Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TimelinessReport
    """

    return (
        await asyncio_detailed(
            client=client,
            month_from=month_from,
            month_to=month_to,
            region=region,
            department_id=department_id,
            by_month=by_month,
        )
    ).parsed
