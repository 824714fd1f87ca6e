from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.approval_group_public import ApprovalGroupPublic
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    region: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/approval-groups/{region}".format(
            region=quote(str(region), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApprovalGroupPublic | Problem | None:
    if response.status_code == 200:
        response_200 = ApprovalGroupPublic.from_dict(response.json())

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
) -> Response[ApprovalGroupPublic | Problem]:
    """街道社会救助审批领导小组

     工作人员、监督人员、系统管理员、协同部门系统。

    Args:
        region (str): 镇街区划代码（9位）

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApprovalGroupPublic | Problem]
    """

    kwargs = _get_kwargs(
        region=region,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    region: str,
    *,
    client: AuthenticatedClient,
) -> ApprovalGroupPublic | Problem | None:
    """街道社会救助审批领导小组

     工作人员、监督人员、系统管理员、协同部门系统。

    Args:
        region (str): 镇街区划代码（9位）

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApprovalGroupPublic | Problem
    """

    return sync_detailed(
        region=region,
        client=client,
    ).parsed


async def asyncio_detailed(
    region: str,
    *,
    client: AuthenticatedClient,
) -> Response[ApprovalGroupPublic | Problem]:
    """街道社会救助审批领导小组

     工作人员、监督人员、系统管理员、协同部门系统。

    Args:
        region (str): 镇街区划代码（9位）

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApprovalGroupPublic | Problem]
    """

    kwargs = _get_kwargs(
        region=region,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    region: str,
    *,
    client: AuthenticatedClient,
) -> ApprovalGroupPublic | Problem | None:
    """街道社会救助审批领导小组

     工作人员、监督人员、系统管理员、协同部门系统。

    Args:
        region (str): 镇街区划代码（9位）

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
        )
    ).parsed
