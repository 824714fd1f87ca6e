from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.complaint_public import ComplaintPublic
from ...models.complaints_ledger_status_type_0 import (
    ComplaintsLedgerStatusType0,
)
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    status: ComplaintsLedgerStatusType0 | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, str):
        json_status = status
    else:
        json_status = status
    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/complaints",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | list[ComplaintPublic] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = ComplaintPublic.from_dict(response_200_item_data)

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
) -> Response[Problem | list[ComplaintPublic]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    status: ComplaintsLedgerStatusType0 | None | Unset = UNSET,
) -> Response[Problem | list[ComplaintPublic]]:
    """投诉台账

     调用方：窗口工作人员、监督人员、管理员，仅限各自区域。

    本区域的投诉，新的在前，可按状态（open 待答复 / replied 已答复）筛选；逾期未答复的标出。`Accept: text/csv` 或 XLSX 时导出（记入访问记录）。

    Args:
        status (ComplaintsLedgerStatusType0 | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[ComplaintPublic]]
    """

    kwargs = _get_kwargs(
        status=status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    status: ComplaintsLedgerStatusType0 | None | Unset = UNSET,
) -> Problem | list[ComplaintPublic] | None:
    """投诉台账

     调用方：窗口工作人员、监督人员、管理员，仅限各自区域。

    本区域的投诉，新的在前，可按状态（open 待答复 / replied 已答复）筛选；逾期未答复的标出。`Accept: text/csv` 或 XLSX 时导出（记入访问记录）。

    Args:
        status (ComplaintsLedgerStatusType0 | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[ComplaintPublic]
    """

    return sync_detailed(
        client=client,
        status=status,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    status: ComplaintsLedgerStatusType0 | None | Unset = UNSET,
) -> Response[Problem | list[ComplaintPublic]]:
    """投诉台账

     调用方：窗口工作人员、监督人员、管理员，仅限各自区域。

    本区域的投诉，新的在前，可按状态（open 待答复 / replied 已答复）筛选；逾期未答复的标出。`Accept: text/csv` 或 XLSX 时导出（记入访问记录）。

    Args:
        status (ComplaintsLedgerStatusType0 | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[ComplaintPublic]]
    """

    kwargs = _get_kwargs(
        status=status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    status: ComplaintsLedgerStatusType0 | None | Unset = UNSET,
) -> Problem | list[ComplaintPublic] | None:
    """投诉台账

     调用方：窗口工作人员、监督人员、管理员，仅限各自区域。

    本区域的投诉，新的在前，可按状态（open 待答复 / replied 已答复）筛选；逾期未答复的标出。`Accept: text/csv` 或 XLSX 时导出（记入访问记录）。

    Args:
        status (ComplaintsLedgerStatusType0 | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[ComplaintPublic]
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
        )
    ).parsed
