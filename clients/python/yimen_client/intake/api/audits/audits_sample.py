from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.sample_public import SamplePublic
from ...types import Response


def _get_kwargs(
    sample_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/audits/samples/{sample_id}".format(
            sample_id=quote(str(sample_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | SamplePublic | None:
    if response.status_code == 200:
        response_200 = SamplePublic.from_dict(response.json())

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
) -> Response[Problem | SamplePublic]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    sample_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[Problem | SamplePublic]:
    """一次抽查及其案件

     调用方：监督人员、管理员。街道监督人员只能抽查和查看本街道，区级可抽查全区。

    Args:
        sample_id (int): 数据库编号

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SamplePublic]
    """

    kwargs = _get_kwargs(
        sample_id=sample_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    sample_id: int,
    *,
    client: AuthenticatedClient,
) -> Problem | SamplePublic | None:
    """一次抽查及其案件

     调用方：监督人员、管理员。街道监督人员只能抽查和查看本街道，区级可抽查全区。

    Args:
        sample_id (int): 数据库编号

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SamplePublic
    """

    return sync_detailed(
        sample_id=sample_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    sample_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[Problem | SamplePublic]:
    """一次抽查及其案件

     调用方：监督人员、管理员。街道监督人员只能抽查和查看本街道，区级可抽查全区。

    Args:
        sample_id (int): 数据库编号

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SamplePublic]
    """

    kwargs = _get_kwargs(
        sample_id=sample_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    sample_id: int,
    *,
    client: AuthenticatedClient,
) -> Problem | SamplePublic | None:
    """一次抽查及其案件

     调用方：监督人员、管理员。街道监督人员只能抽查和查看本街道，区级可抽查全区。

    Args:
        sample_id (int): 数据库编号

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SamplePublic
    """

    return (
        await asyncio_detailed(
            sample_id=sample_id,
            client=client,
        )
    ).parsed
