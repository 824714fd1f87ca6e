from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.audit_report import AuditReport
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    region: str,
    sample_id: int | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["region"] = region

    json_sample_id: int | None | Unset
    if isinstance(sample_id, Unset):
        json_sample_id = UNSET
    else:
        json_sample_id = sample_id
    params["sample_id"] = json_sample_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/audits/report",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AuditReport | Problem | None:
    if response.status_code == 200:
        response_200 = AuditReport.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AuditReport | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    region: str,
    sample_id: int | None | Unset = UNSET,
) -> Response[AuditReport | Problem]:
    """抽查结果统计（按街道、事项）

     调用方：监督人员、管理员。街道监督人员只能抽查和查看本街道，区级可抽查全区。

    按街道和事项汇总抽查件数、已检查、无问题、有问题及问题类别。

    Args:
        region (str):
        sample_id (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuditReport | Problem]
    """

    kwargs = _get_kwargs(
        region=region,
        sample_id=sample_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    region: str,
    sample_id: int | None | Unset = UNSET,
) -> AuditReport | Problem | None:
    """抽查结果统计（按街道、事项）

     调用方：监督人员、管理员。街道监督人员只能抽查和查看本街道，区级可抽查全区。

    按街道和事项汇总抽查件数、已检查、无问题、有问题及问题类别。

    Args:
        region (str):
        sample_id (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuditReport | Problem
    """

    return sync_detailed(
        client=client,
        region=region,
        sample_id=sample_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    region: str,
    sample_id: int | None | Unset = UNSET,
) -> Response[AuditReport | Problem]:
    """抽查结果统计（按街道、事项）

     调用方：监督人员、管理员。街道监督人员只能抽查和查看本街道，区级可抽查全区。

    按街道和事项汇总抽查件数、已检查、无问题、有问题及问题类别。

    Args:
        region (str):
        sample_id (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuditReport | Problem]
    """

    kwargs = _get_kwargs(
        region=region,
        sample_id=sample_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    region: str,
    sample_id: int | None | Unset = UNSET,
) -> AuditReport | Problem | None:
    """抽查结果统计（按街道、事项）

     调用方：监督人员、管理员。街道监督人员只能抽查和查看本街道，区级可抽查全区。

    按街道和事项汇总抽查件数、已检查、无问题、有问题及问题类别。

    Args:
        region (str):
        sample_id (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuditReport | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            region=region,
            sample_id=sample_id,
        )
    ).parsed
