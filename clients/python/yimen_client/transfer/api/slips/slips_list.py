from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.slip_kind import SlipKind
from ...models.slip_state import SlipState
from ...models.slip_summary import SlipSummary
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    kind: None | SlipKind | Unset = UNSET,
    receiver: None | str | Unset = UNSET,
    state: None | SlipState | Unset = UNSET,
    overdue: bool | None | Unset = UNSET,
    near_due: bool | None | Unset = UNSET,
    region: None | str | Unset = UNSET,
    case_id: int | None | Unset = UNSET,
    limit: int | Unset = 200,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_kind: None | str | Unset
    if isinstance(kind, Unset):
        json_kind = UNSET
    elif isinstance(kind, str):
        json_kind = kind
    else:
        json_kind = kind
    params["kind"] = json_kind

    json_receiver: None | str | Unset
    if isinstance(receiver, Unset):
        json_receiver = UNSET
    else:
        json_receiver = receiver
    params["receiver"] = json_receiver

    json_state: None | str | Unset
    if isinstance(state, Unset):
        json_state = UNSET
    elif isinstance(state, str):
        json_state = state
    else:
        json_state = state
    params["state"] = json_state

    json_overdue: bool | None | Unset
    if isinstance(overdue, Unset):
        json_overdue = UNSET
    else:
        json_overdue = overdue
    params["overdue"] = json_overdue

    json_near_due: bool | None | Unset
    if isinstance(near_due, Unset):
        json_near_due = UNSET
    else:
        json_near_due = near_due
    params["near_due"] = json_near_due

    json_region: None | str | Unset
    if isinstance(region, Unset):
        json_region = UNSET
    else:
        json_region = region
    params["region"] = json_region

    json_case_id: int | None | Unset
    if isinstance(case_id, Unset):
        json_case_id = UNSET
    else:
        json_case_id = case_id
    params["case_id"] = json_case_id

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/slips",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | list[SlipSummary] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = SlipSummary.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[Problem | list[SlipSummary]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    kind: None | SlipKind | Unset = UNSET,
    receiver: None | str | Unset = UNSET,
    state: None | SlipState | Unset = UNSET,
    overdue: bool | None | Unset = UNSET,
    near_due: bool | None | Unset = UNSET,
    region: None | str | Unset = UNSET,
    case_id: int | None | Unset = UNSET,
    limit: int | Unset = 200,
) -> Response[Problem | list[SlipSummary]]:
    """通知单列表（按类型、接收部门、状态、逾期、区域筛选）

     工作人员与协同部门系统。只列出调用者可见的通知单：接收部门只见发给本部门的，
    窗口与监督人员见本辖区的；列表不含身份证号，申请人姓名已遮蔽。
    `Accept: text/csv` 或 XLSX 时导出同样筛选条件下的全部通知单（不受 limit 限制）。

    Args:
        kind (None | SlipKind | Unset):
        receiver (None | str | Unset): 接收部门编号
        state (None | SlipState | Unset):
        overdue (bool | None | Unset):
        near_due (bool | None | Unset):
        region (None | str | Unset): 区域代码前缀
        case_id (int | None | Unset):
        limit (int | Unset):  Default: 200.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[SlipSummary]]
    """

    kwargs = _get_kwargs(
        kind=kind,
        receiver=receiver,
        state=state,
        overdue=overdue,
        near_due=near_due,
        region=region,
        case_id=case_id,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    kind: None | SlipKind | Unset = UNSET,
    receiver: None | str | Unset = UNSET,
    state: None | SlipState | Unset = UNSET,
    overdue: bool | None | Unset = UNSET,
    near_due: bool | None | Unset = UNSET,
    region: None | str | Unset = UNSET,
    case_id: int | None | Unset = UNSET,
    limit: int | Unset = 200,
) -> Problem | list[SlipSummary] | None:
    """通知单列表（按类型、接收部门、状态、逾期、区域筛选）

     工作人员与协同部门系统。只列出调用者可见的通知单：接收部门只见发给本部门的，
    窗口与监督人员见本辖区的；列表不含身份证号，申请人姓名已遮蔽。
    `Accept: text/csv` 或 XLSX 时导出同样筛选条件下的全部通知单（不受 limit 限制）。

    Args:
        kind (None | SlipKind | Unset):
        receiver (None | str | Unset): 接收部门编号
        state (None | SlipState | Unset):
        overdue (bool | None | Unset):
        near_due (bool | None | Unset):
        region (None | str | Unset): 区域代码前缀
        case_id (int | None | Unset):
        limit (int | Unset):  Default: 200.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[SlipSummary]
    """

    return sync_detailed(
        client=client,
        kind=kind,
        receiver=receiver,
        state=state,
        overdue=overdue,
        near_due=near_due,
        region=region,
        case_id=case_id,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    kind: None | SlipKind | Unset = UNSET,
    receiver: None | str | Unset = UNSET,
    state: None | SlipState | Unset = UNSET,
    overdue: bool | None | Unset = UNSET,
    near_due: bool | None | Unset = UNSET,
    region: None | str | Unset = UNSET,
    case_id: int | None | Unset = UNSET,
    limit: int | Unset = 200,
) -> Response[Problem | list[SlipSummary]]:
    """通知单列表（按类型、接收部门、状态、逾期、区域筛选）

     工作人员与协同部门系统。只列出调用者可见的通知单：接收部门只见发给本部门的，
    窗口与监督人员见本辖区的；列表不含身份证号，申请人姓名已遮蔽。
    `Accept: text/csv` 或 XLSX 时导出同样筛选条件下的全部通知单（不受 limit 限制）。

    Args:
        kind (None | SlipKind | Unset):
        receiver (None | str | Unset): 接收部门编号
        state (None | SlipState | Unset):
        overdue (bool | None | Unset):
        near_due (bool | None | Unset):
        region (None | str | Unset): 区域代码前缀
        case_id (int | None | Unset):
        limit (int | Unset):  Default: 200.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[SlipSummary]]
    """

    kwargs = _get_kwargs(
        kind=kind,
        receiver=receiver,
        state=state,
        overdue=overdue,
        near_due=near_due,
        region=region,
        case_id=case_id,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    kind: None | SlipKind | Unset = UNSET,
    receiver: None | str | Unset = UNSET,
    state: None | SlipState | Unset = UNSET,
    overdue: bool | None | Unset = UNSET,
    near_due: bool | None | Unset = UNSET,
    region: None | str | Unset = UNSET,
    case_id: int | None | Unset = UNSET,
    limit: int | Unset = 200,
) -> Problem | list[SlipSummary] | None:
    """通知单列表（按类型、接收部门、状态、逾期、区域筛选）

     工作人员与协同部门系统。只列出调用者可见的通知单：接收部门只见发给本部门的，
    窗口与监督人员见本辖区的；列表不含身份证号，申请人姓名已遮蔽。
    `Accept: text/csv` 或 XLSX 时导出同样筛选条件下的全部通知单（不受 limit 限制）。

    Args:
        kind (None | SlipKind | Unset):
        receiver (None | str | Unset): 接收部门编号
        state (None | SlipState | Unset):
        overdue (bool | None | Unset):
        near_due (bool | None | Unset):
        region (None | str | Unset): 区域代码前缀
        case_id (int | None | Unset):
        limit (int | Unset):  Default: 200.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[SlipSummary]
    """

    return (
        await asyncio_detailed(
            client=client,
            kind=kind,
            receiver=receiver,
            state=state,
            overdue=overdue,
            near_due=near_due,
            region=region,
            case_id=case_id,
            limit=limit,
        )
    ).parsed
