from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.handling_level_write import HandlingLevelWrite
from ...models.item_public import ItemPublic
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    code: str,
    district: str,
    *,
    body: HandlingLevelWrite,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/items/{code}/handling-levels/{district}".format(
            code=quote(str(code), safe=""),
            district=quote(str(district), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ItemPublic | Problem | None:
    if response.status_code == 200:
        response_200 = ItemPublic.from_dict(response.json())

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
) -> Response[ItemPublic | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    code: str,
    district: str,
    *,
    client: AuthenticatedClient,
    body: HandlingLevelWrite,
) -> Response[ItemPublic | Problem]:
    """设置某区县的办理层级（镇街或区级）

     系统管理员。设置事项在某区县由镇街还是区级办理；分流（`POST /v1/routes`）据此决定通知单类型。

    Args:
        code (str):
        district (str):
        body (HandlingLevelWrite): Which level handles an item in one district.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ItemPublic | Problem]
    """

    kwargs = _get_kwargs(
        code=code,
        district=district,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    code: str,
    district: str,
    *,
    client: AuthenticatedClient,
    body: HandlingLevelWrite,
) -> ItemPublic | Problem | None:
    """设置某区县的办理层级（镇街或区级）

     系统管理员。设置事项在某区县由镇街还是区级办理；分流（`POST /v1/routes`）据此决定通知单类型。

    Args:
        code (str):
        district (str):
        body (HandlingLevelWrite): Which level handles an item in one district.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ItemPublic | Problem
    """

    return sync_detailed(
        code=code,
        district=district,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    code: str,
    district: str,
    *,
    client: AuthenticatedClient,
    body: HandlingLevelWrite,
) -> Response[ItemPublic | Problem]:
    """设置某区县的办理层级（镇街或区级）

     系统管理员。设置事项在某区县由镇街还是区级办理；分流（`POST /v1/routes`）据此决定通知单类型。

    Args:
        code (str):
        district (str):
        body (HandlingLevelWrite): Which level handles an item in one district.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ItemPublic | Problem]
    """

    kwargs = _get_kwargs(
        code=code,
        district=district,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    code: str,
    district: str,
    *,
    client: AuthenticatedClient,
    body: HandlingLevelWrite,
) -> ItemPublic | Problem | None:
    """设置某区县的办理层级（镇街或区级）

     系统管理员。设置事项在某区县由镇街还是区级办理；分流（`POST /v1/routes`）据此决定通知单类型。

    Args:
        code (str):
        district (str):
        body (HandlingLevelWrite): Which level handles an item in one district.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ItemPublic | Problem
    """

    return (
        await asyncio_detailed(
            code=code,
            district=district,
            client=client,
            body=body,
        )
    ).parsed
