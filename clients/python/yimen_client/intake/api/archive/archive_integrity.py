from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.integrity_report import IntegrityReport
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    application_id: int | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_application_id: int | None | Unset
    if isinstance(application_id, Unset):
        json_application_id = UNSET
    else:
        json_application_id = application_id
    params["application_id"] = json_application_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/archive/integrity",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> IntegrityReport | Problem | None:
    if response.status_code == 200:
        response_200 = IntegrityReport.from_dict(response.json())

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

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[IntegrityReport | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    application_id: int | None | Unset = UNSET,
) -> Response[IntegrityReport | Problem]:
    """档案完整性检查（重新计算 SHA-256）

     调用方：监督人员、管理员（街道只查本街道）。逐个重新读取扫描件并计算 SHA-256，列出与记录不符或丢失的文件；存储不可用时 503（不把每个文件都报成丢失）。

    Args:
        application_id (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IntegrityReport | Problem]
    """

    kwargs = _get_kwargs(
        application_id=application_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    application_id: int | None | Unset = UNSET,
) -> IntegrityReport | Problem | None:
    """档案完整性检查（重新计算 SHA-256）

     调用方：监督人员、管理员（街道只查本街道）。逐个重新读取扫描件并计算 SHA-256，列出与记录不符或丢失的文件；存储不可用时 503（不把每个文件都报成丢失）。

    Args:
        application_id (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IntegrityReport | Problem
    """

    return sync_detailed(
        client=client,
        application_id=application_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    application_id: int | None | Unset = UNSET,
) -> Response[IntegrityReport | Problem]:
    """档案完整性检查（重新计算 SHA-256）

     调用方：监督人员、管理员（街道只查本街道）。逐个重新读取扫描件并计算 SHA-256，列出与记录不符或丢失的文件；存储不可用时 503（不把每个文件都报成丢失）。

    Args:
        application_id (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IntegrityReport | Problem]
    """

    kwargs = _get_kwargs(
        application_id=application_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    application_id: int | None | Unset = UNSET,
) -> IntegrityReport | Problem | None:
    """档案完整性检查（重新计算 SHA-256）

     调用方：监督人员、管理员（街道只查本街道）。逐个重新读取扫描件并计算 SHA-256，列出与记录不符或丢失的文件；存储不可用时 503（不把每个文件都报成丢失）。

    Args:
        application_id (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IntegrityReport | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            application_id=application_id,
        )
    ).parsed
