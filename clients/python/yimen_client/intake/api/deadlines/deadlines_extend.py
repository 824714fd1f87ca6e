from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.application_public import ApplicationPublic
from ...models.extend_request import ExtendRequest
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    application_id: int,
    *,
    body: ExtendRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/applications/{application_id}/extend".format(
            application_id=quote(str(application_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApplicationPublic | Problem | None:
    if response.status_code == 200:
        response_200 = ApplicationPublic.from_dict(response.json())

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
) -> Response[ApplicationPublic | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    application_id: int,
    *,
    client: AuthenticatedClient,
    body: ExtendRequest,
) -> Response[ApplicationPublic | Problem]:
    """延期（领导批准、提前3日告知申请人）

     调用方：窗口工作人员（window_staff），仅限本人所在区域的案件。

    经领导书面批准延长办结期限若干工作日；须在原期限前至少3日书面告知申请人，否则 422。返回变更后的完整案件。

    Args:
        application_id (int): 数据库编号
        body (ExtendRequest): An extension: named approver, reason, extra working days, when the
            applicant was told.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApplicationPublic | Problem]
    """

    kwargs = _get_kwargs(
        application_id=application_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    application_id: int,
    *,
    client: AuthenticatedClient,
    body: ExtendRequest,
) -> ApplicationPublic | Problem | None:
    """延期（领导批准、提前3日告知申请人）

     调用方：窗口工作人员（window_staff），仅限本人所在区域的案件。

    经领导书面批准延长办结期限若干工作日；须在原期限前至少3日书面告知申请人，否则 422。返回变更后的完整案件。

    Args:
        application_id (int): 数据库编号
        body (ExtendRequest): An extension: named approver, reason, extra working days, when the
            applicant was told.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApplicationPublic | Problem
    """

    return sync_detailed(
        application_id=application_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    application_id: int,
    *,
    client: AuthenticatedClient,
    body: ExtendRequest,
) -> Response[ApplicationPublic | Problem]:
    """延期（领导批准、提前3日告知申请人）

     调用方：窗口工作人员（window_staff），仅限本人所在区域的案件。

    经领导书面批准延长办结期限若干工作日；须在原期限前至少3日书面告知申请人，否则 422。返回变更后的完整案件。

    Args:
        application_id (int): 数据库编号
        body (ExtendRequest): An extension: named approver, reason, extra working days, when the
            applicant was told.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApplicationPublic | Problem]
    """

    kwargs = _get_kwargs(
        application_id=application_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    application_id: int,
    *,
    client: AuthenticatedClient,
    body: ExtendRequest,
) -> ApplicationPublic | Problem | None:
    """延期（领导批准、提前3日告知申请人）

     调用方：窗口工作人员（window_staff），仅限本人所在区域的案件。

    经领导书面批准延长办结期限若干工作日；须在原期限前至少3日书面告知申请人，否则 422。返回变更后的完整案件。

    Args:
        application_id (int): 数据库编号
        body (ExtendRequest): An extension: named approver, reason, extra working days, when the
            applicant was told.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApplicationPublic | Problem
    """

    return (
        await asyncio_detailed(
            application_id=application_id,
            client=client,
            body=body,
        )
    ).parsed
