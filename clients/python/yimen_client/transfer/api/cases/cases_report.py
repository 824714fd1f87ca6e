from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.major_report_in import MajorReportIn
from ...models.major_report_public import MajorReportPublic
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    case_id: int,
    *,
    body: MajorReportIn,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/cases/{case_id}/major-report".format(
            case_id=quote(str(case_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MajorReportPublic | Problem | None:
    if response.status_code == 201:
        response_201 = MajorReportPublic.from_dict(response.json())

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MajorReportPublic | Problem]:
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
    body: MajorReportIn,
) -> Response[MajorReportPublic | Problem]:
    """情况重大：报告区政府

     窗口工作人员（本辖区案件）。情况重大的案件报告区政府：记录谁、何时、报告了什么，区政府签收期限为
    3个工作日，逾期由期限监控催办、督办；每案一次，重复报告为 409。

    Args:
        case_id (int): 数据库编号
        body (MajorReportIn): What is reported to the district government.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MajorReportPublic | Problem]
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
    body: MajorReportIn,
) -> MajorReportPublic | Problem | None:
    """情况重大：报告区政府

     窗口工作人员（本辖区案件）。情况重大的案件报告区政府：记录谁、何时、报告了什么，区政府签收期限为
    3个工作日，逾期由期限监控催办、督办；每案一次，重复报告为 409。

    Args:
        case_id (int): 数据库编号
        body (MajorReportIn): What is reported to the district government.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MajorReportPublic | Problem
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
    body: MajorReportIn,
) -> Response[MajorReportPublic | Problem]:
    """情况重大：报告区政府

     窗口工作人员（本辖区案件）。情况重大的案件报告区政府：记录谁、何时、报告了什么，区政府签收期限为
    3个工作日，逾期由期限监控催办、督办；每案一次，重复报告为 409。

    Args:
        case_id (int): 数据库编号
        body (MajorReportIn): What is reported to the district government.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MajorReportPublic | Problem]
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
    body: MajorReportIn,
) -> MajorReportPublic | Problem | None:
    """情况重大：报告区政府

     窗口工作人员（本辖区案件）。情况重大的案件报告区政府：记录谁、何时、报告了什么，区政府签收期限为
    3个工作日，逾期由期限监控催办、督办；每案一次，重复报告为 409。

    Args:
        case_id (int): 数据库编号
        body (MajorReportIn): What is reported to the district government.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MajorReportPublic | Problem
    """

    return (
        await asyncio_detailed(
            case_id=case_id,
            client=client,
            body=body,
        )
    ).parsed
