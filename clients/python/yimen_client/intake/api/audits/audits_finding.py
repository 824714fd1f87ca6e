from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.audit_case_public import AuditCasePublic
from ...models.finding_create import FindingCreate
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    sample_id: int,
    case_id: int,
    *,
    body: FindingCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/audits/samples/{sample_id}/cases/{case_id}/finding".format(
            sample_id=quote(str(sample_id), safe=""),
            case_id=quote(str(case_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AuditCasePublic | Problem | None:
    if response.status_code == 200:
        response_200 = AuditCasePublic.from_dict(response.json())

        return response_200

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

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AuditCasePublic | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    sample_id: int,
    case_id: int,
    *,
    client: AuthenticatedClient,
    body: FindingCreate,
) -> Response[AuditCasePublic | Problem]:
    """记录检查结果

     调用方：监督人员、管理员。街道监督人员只能抽查和查看本街道，区级可抽查全区。

    无问题（ok）或有问题（problem，须填问题类别和情况）；已随机指定检查人员的案件只能由该人员（或管理员）记录。可更正。

    Args:
        sample_id (int): 数据库编号
        case_id (int): 数据库编号
        body (FindingCreate): The auditor's finding on one case: ok, or a problem with its
            category and what was found.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuditCasePublic | Problem]
    """

    kwargs = _get_kwargs(
        sample_id=sample_id,
        case_id=case_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    sample_id: int,
    case_id: int,
    *,
    client: AuthenticatedClient,
    body: FindingCreate,
) -> AuditCasePublic | Problem | None:
    """记录检查结果

     调用方：监督人员、管理员。街道监督人员只能抽查和查看本街道，区级可抽查全区。

    无问题（ok）或有问题（problem，须填问题类别和情况）；已随机指定检查人员的案件只能由该人员（或管理员）记录。可更正。

    Args:
        sample_id (int): 数据库编号
        case_id (int): 数据库编号
        body (FindingCreate): The auditor's finding on one case: ok, or a problem with its
            category and what was found.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuditCasePublic | Problem
    """

    return sync_detailed(
        sample_id=sample_id,
        case_id=case_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    sample_id: int,
    case_id: int,
    *,
    client: AuthenticatedClient,
    body: FindingCreate,
) -> Response[AuditCasePublic | Problem]:
    """记录检查结果

     调用方：监督人员、管理员。街道监督人员只能抽查和查看本街道，区级可抽查全区。

    无问题（ok）或有问题（problem，须填问题类别和情况）；已随机指定检查人员的案件只能由该人员（或管理员）记录。可更正。

    Args:
        sample_id (int): 数据库编号
        case_id (int): 数据库编号
        body (FindingCreate): The auditor's finding on one case: ok, or a problem with its
            category and what was found.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuditCasePublic | Problem]
    """

    kwargs = _get_kwargs(
        sample_id=sample_id,
        case_id=case_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    sample_id: int,
    case_id: int,
    *,
    client: AuthenticatedClient,
    body: FindingCreate,
) -> AuditCasePublic | Problem | None:
    """记录检查结果

     调用方：监督人员、管理员。街道监督人员只能抽查和查看本街道，区级可抽查全区。

    无问题（ok）或有问题（problem，须填问题类别和情况）；已随机指定检查人员的案件只能由该人员（或管理员）记录。可更正。

    Args:
        sample_id (int): 数据库编号
        case_id (int): 数据库编号
        body (FindingCreate): The auditor's finding on one case: ok, or a problem with its
            category and what was found.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuditCasePublic | Problem
    """

    return (
        await asyncio_detailed(
            sample_id=sample_id,
            case_id=case_id,
            client=client,
            body=body,
        )
    ).parsed
