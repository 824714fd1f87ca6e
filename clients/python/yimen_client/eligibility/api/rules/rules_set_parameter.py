from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.parameter_public import ParameterPublic
from ...models.parameter_write import ParameterWrite
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    name: str,
    *,
    body: ParameterWrite,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/parameters/{name}".format(
            name=quote(str(name), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ParameterPublic | Problem | None:
    if response.status_code == 201:
        response_201 = ParameterPublic.from_dict(response.json())

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

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ParameterPublic | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    name: str,
    *,
    client: AuthenticatedClient,
    body: ParameterWrite,
) -> Response[ParameterPublic | Problem]:
    """设置参数自某日起的取值

     系统管理员。参数自某日起的新取值（金额为元的字符串，次数为整数）；同一生效日再次设置时取代旧行，
    旧值留在历史中；修改留痕。

    Args:
        name (str):
        body (ParameterWrite): A new value from a date; the same date again supersedes (never
            overwrites) the earlier row.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ParameterPublic | Problem]
    """

    kwargs = _get_kwargs(
        name=name,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    name: str,
    *,
    client: AuthenticatedClient,
    body: ParameterWrite,
) -> ParameterPublic | Problem | None:
    """设置参数自某日起的取值

     系统管理员。参数自某日起的新取值（金额为元的字符串，次数为整数）；同一生效日再次设置时取代旧行，
    旧值留在历史中；修改留痕。

    Args:
        name (str):
        body (ParameterWrite): A new value from a date; the same date again supersedes (never
            overwrites) the earlier row.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ParameterPublic | Problem
    """

    return sync_detailed(
        name=name,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    name: str,
    *,
    client: AuthenticatedClient,
    body: ParameterWrite,
) -> Response[ParameterPublic | Problem]:
    """设置参数自某日起的取值

     系统管理员。参数自某日起的新取值（金额为元的字符串，次数为整数）；同一生效日再次设置时取代旧行，
    旧值留在历史中；修改留痕。

    Args:
        name (str):
        body (ParameterWrite): A new value from a date; the same date again supersedes (never
            overwrites) the earlier row.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ParameterPublic | Problem]
    """

    kwargs = _get_kwargs(
        name=name,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    name: str,
    *,
    client: AuthenticatedClient,
    body: ParameterWrite,
) -> ParameterPublic | Problem | None:
    """设置参数自某日起的取值

     系统管理员。参数自某日起的新取值（金额为元的字符串，次数为整数）；同一生效日再次设置时取代旧行，
    旧值留在历史中；修改留痕。

    Args:
        name (str):
        body (ParameterWrite): A new value from a date; the same date again supersedes (never
            overwrites) the earlier row.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ParameterPublic | Problem
    """

    return (
        await asyncio_detailed(
            name=name,
            client=client,
            body=body,
        )
    ).parsed
