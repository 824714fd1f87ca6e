from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.approval_group_in import ApprovalGroupIn
from ...models.approval_group_public import ApprovalGroupPublic
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    region: str,
    *,
    body: ApprovalGroupIn,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/approval-groups/{region}".format(
            region=quote(str(region), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApprovalGroupPublic | Problem | None:
    if response.status_code == 200:
        response_200 = ApprovalGroupPublic.from_dict(response.json())

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
) -> Response[ApprovalGroupPublic | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    region: str,
    *,
    client: AuthenticatedClient,
    body: ApprovalGroupIn,
) -> Response[ApprovalGroupPublic | Problem]:
    """设置街道社会救助审批领导小组

     系统管理员。成员以各自账号表决，过半数成员表决后按多数意见作出决定。

    Args:
        region (str): 镇街区划代码（9位）
        body (ApprovalGroupIn): A street's approval group (社会救助审批领导小组).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApprovalGroupPublic | Problem]
    """

    kwargs = _get_kwargs(
        region=region,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    region: str,
    *,
    client: AuthenticatedClient,
    body: ApprovalGroupIn,
) -> ApprovalGroupPublic | Problem | None:
    """设置街道社会救助审批领导小组

     系统管理员。成员以各自账号表决，过半数成员表决后按多数意见作出决定。

    Args:
        region (str): 镇街区划代码（9位）
        body (ApprovalGroupIn): A street's approval group (社会救助审批领导小组).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApprovalGroupPublic | Problem
    """

    return sync_detailed(
        region=region,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    region: str,
    *,
    client: AuthenticatedClient,
    body: ApprovalGroupIn,
) -> Response[ApprovalGroupPublic | Problem]:
    """设置街道社会救助审批领导小组

     系统管理员。成员以各自账号表决，过半数成员表决后按多数意见作出决定。

    Args:
        region (str): 镇街区划代码（9位）
        body (ApprovalGroupIn): A street's approval group (社会救助审批领导小组).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApprovalGroupPublic | Problem]
    """

    kwargs = _get_kwargs(
        region=region,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    region: str,
    *,
    client: AuthenticatedClient,
    body: ApprovalGroupIn,
) -> ApprovalGroupPublic | Problem | None:
    """设置街道社会救助审批领导小组

     系统管理员。成员以各自账号表决，过半数成员表决后按多数意见作出决定。

    Args:
        region (str): 镇街区划代码（9位）
        body (ApprovalGroupIn): A street's approval group (社会救助审批领导小组).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApprovalGroupPublic | Problem
    """

    return (
        await asyncio_detailed(
            region=region,
            client=client,
            body=body,
        )
    ).parsed
