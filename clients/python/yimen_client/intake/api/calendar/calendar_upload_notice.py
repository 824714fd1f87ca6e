from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.notice_upload import NoticeUpload
from ...models.notice_upload_result import NoticeUploadResult
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    *,
    body: NoticeUpload,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/calendar/notices",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> NoticeUploadResult | Problem | None:
    if response.status_code == 201:
        response_201 = NoticeUploadResult.from_dict(response.json())

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

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[NoticeUploadResult | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: NoticeUpload,
) -> Response[NoticeUploadResult | Problem]:
    """导入某年节假日安排（并重算受影响的期限）

     调用方：管理员（admin）。导入或替换某年的国务院节假日安排（日期或“起..止”区间），并重算所有涉及该年的在办案件期限，返回重算了多少、改变了多少。

    Args:
        body (NoticeUpload): A State Council notice: dates or "a..b" ranges.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NoticeUploadResult | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: NoticeUpload,
) -> NoticeUploadResult | Problem | None:
    """导入某年节假日安排（并重算受影响的期限）

     调用方：管理员（admin）。导入或替换某年的国务院节假日安排（日期或“起..止”区间），并重算所有涉及该年的在办案件期限，返回重算了多少、改变了多少。

    Args:
        body (NoticeUpload): A State Council notice: dates or "a..b" ranges.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NoticeUploadResult | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: NoticeUpload,
) -> Response[NoticeUploadResult | Problem]:
    """导入某年节假日安排（并重算受影响的期限）

     调用方：管理员（admin）。导入或替换某年的国务院节假日安排（日期或“起..止”区间），并重算所有涉及该年的在办案件期限，返回重算了多少、改变了多少。

    Args:
        body (NoticeUpload): A State Council notice: dates or "a..b" ranges.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NoticeUploadResult | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: NoticeUpload,
) -> NoticeUploadResult | Problem | None:
    """导入某年节假日安排（并重算受影响的期限）

     调用方：管理员（admin）。导入或替换某年的国务院节假日安排（日期或“起..止”区间），并重算所有涉及该年的在办案件期限，返回重算了多少、改变了多少。

    Args:
        body (NoticeUpload): A State Council notice: dates or "a..b" ranges.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NoticeUploadResult | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
