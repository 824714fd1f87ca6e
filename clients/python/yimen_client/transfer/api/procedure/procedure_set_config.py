from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.config_in import ConfigIn
from ...models.config_public import ConfigPublic
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    item_code: str,
    region: str,
    *,
    body: ConfigIn,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/procedure-configs/{item_code}/{region}".format(
            item_code=quote(str(item_code), safe=""),
            region=quote(str(region), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConfigPublic | Problem | None:
    if response.status_code == 200:
        response_200 = ConfigPublic.from_dict(response.json())

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
) -> Response[ConfigPublic | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    item_code: str,
    region: str,
    *,
    client: AuthenticatedClient,
    body: ConfigIn,
) -> Response[ConfigPublic | Problem]:
    """设置事项在某街道的办理流程

     系统管理员。开启哪些环节（授权、入户调查、核对、审核、公示、审批）及各环节工作日时限；
    关闭（enabled=false）的街道仍以通知单“办理结果”登记决定。已启动的流程沿用启动时的设置。

    Args:
        item_code (str):
        region (str): 镇街区划代码（9位）
        body (ConfigIn): An item's procedure in one street (administrator).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConfigPublic | Problem]
    """

    kwargs = _get_kwargs(
        item_code=item_code,
        region=region,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    item_code: str,
    region: str,
    *,
    client: AuthenticatedClient,
    body: ConfigIn,
) -> ConfigPublic | Problem | None:
    """设置事项在某街道的办理流程

     系统管理员。开启哪些环节（授权、入户调查、核对、审核、公示、审批）及各环节工作日时限；
    关闭（enabled=false）的街道仍以通知单“办理结果”登记决定。已启动的流程沿用启动时的设置。

    Args:
        item_code (str):
        region (str): 镇街区划代码（9位）
        body (ConfigIn): An item's procedure in one street (administrator).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConfigPublic | Problem
    """

    return sync_detailed(
        item_code=item_code,
        region=region,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    item_code: str,
    region: str,
    *,
    client: AuthenticatedClient,
    body: ConfigIn,
) -> Response[ConfigPublic | Problem]:
    """设置事项在某街道的办理流程

     系统管理员。开启哪些环节（授权、入户调查、核对、审核、公示、审批）及各环节工作日时限；
    关闭（enabled=false）的街道仍以通知单“办理结果”登记决定。已启动的流程沿用启动时的设置。

    Args:
        item_code (str):
        region (str): 镇街区划代码（9位）
        body (ConfigIn): An item's procedure in one street (administrator).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConfigPublic | Problem]
    """

    kwargs = _get_kwargs(
        item_code=item_code,
        region=region,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    item_code: str,
    region: str,
    *,
    client: AuthenticatedClient,
    body: ConfigIn,
) -> ConfigPublic | Problem | None:
    """设置事项在某街道的办理流程

     系统管理员。开启哪些环节（授权、入户调查、核对、审核、公示、审批）及各环节工作日时限；
    关闭（enabled=false）的街道仍以通知单“办理结果”登记决定。已启动的流程沿用启动时的设置。

    Args:
        item_code (str):
        region (str): 镇街区划代码（9位）
        body (ConfigIn): An item's procedure in one street (administrator).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConfigPublic | Problem
    """

    return (
        await asyncio_detailed(
            item_code=item_code,
            region=region,
            client=client,
            body=body,
        )
    ).parsed
