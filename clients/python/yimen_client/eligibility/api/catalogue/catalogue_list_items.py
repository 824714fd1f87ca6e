from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.item_public import ItemPublic
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    district: None | str | Unset = UNSET,
    include_inactive: bool | Unset = False,
    if_none_match: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["if-none-match"] = if_none_match

    params: dict[str, Any] = {}

    json_district: None | str | Unset
    if isinstance(district, Unset):
        json_district = UNSET
    else:
        json_district = district
    params["district"] = json_district

    params["include_inactive"] = include_inactive

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/items",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Problem | list[ItemPublic] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = ItemPublic.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

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
) -> Response[Any | Problem | list[ItemPublic]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    district: None | str | Unset = UNSET,
    include_inactive: bool | Unset = False,
    if_none_match: None | str | Unset = UNSET,
) -> Response[Any | Problem | list[ItemPublic]]:
    """救助事项目录

     工作人员与协同部门系统（窗口、部门、监督、管理员、partner）。全部事项及所需材料；`handling_level` 为
    `district`（缺省为调用者所在区县）的配置，`next_acceptance_date` 为下一个可受理日。应答带 `ETag`；带 `If-None-Match` 再取时，目录未修改则
    304。

    Args:
        district (None | str | Unset):
        include_inactive (bool | Unset):  Default: False.
        if_none_match (None | str | Unset): 上次应答的 ETag：目录未修改时应答 304，无正文

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | list[ItemPublic]]
    """

    kwargs = _get_kwargs(
        district=district,
        include_inactive=include_inactive,
        if_none_match=if_none_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    district: None | str | Unset = UNSET,
    include_inactive: bool | Unset = False,
    if_none_match: None | str | Unset = UNSET,
) -> Any | Problem | list[ItemPublic] | None:
    """救助事项目录

     工作人员与协同部门系统（窗口、部门、监督、管理员、partner）。全部事项及所需材料；`handling_level` 为
    `district`（缺省为调用者所在区县）的配置，`next_acceptance_date` 为下一个可受理日。应答带 `ETag`；带 `If-None-Match` 再取时，目录未修改则
    304。

    Args:
        district (None | str | Unset):
        include_inactive (bool | Unset):  Default: False.
        if_none_match (None | str | Unset): 上次应答的 ETag：目录未修改时应答 304，无正文

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | list[ItemPublic]
    """

    return sync_detailed(
        client=client,
        district=district,
        include_inactive=include_inactive,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    district: None | str | Unset = UNSET,
    include_inactive: bool | Unset = False,
    if_none_match: None | str | Unset = UNSET,
) -> Response[Any | Problem | list[ItemPublic]]:
    """救助事项目录

     工作人员与协同部门系统（窗口、部门、监督、管理员、partner）。全部事项及所需材料；`handling_level` 为
    `district`（缺省为调用者所在区县）的配置，`next_acceptance_date` 为下一个可受理日。应答带 `ETag`；带 `If-None-Match` 再取时，目录未修改则
    304。

    Args:
        district (None | str | Unset):
        include_inactive (bool | Unset):  Default: False.
        if_none_match (None | str | Unset): 上次应答的 ETag：目录未修改时应答 304，无正文

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | list[ItemPublic]]
    """

    kwargs = _get_kwargs(
        district=district,
        include_inactive=include_inactive,
        if_none_match=if_none_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    district: None | str | Unset = UNSET,
    include_inactive: bool | Unset = False,
    if_none_match: None | str | Unset = UNSET,
) -> Any | Problem | list[ItemPublic] | None:
    """救助事项目录

     工作人员与协同部门系统（窗口、部门、监督、管理员、partner）。全部事项及所需材料；`handling_level` 为
    `district`（缺省为调用者所在区县）的配置，`next_acceptance_date` 为下一个可受理日。应答带 `ETag`；带 `If-None-Match` 再取时，目录未修改则
    304。

    Args:
        district (None | str | Unset):
        include_inactive (bool | Unset):  Default: False.
        if_none_match (None | str | Unset): 上次应答的 ETag：目录未修改时应答 304，无正文

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | list[ItemPublic]
    """

    return (
        await asyncio_detailed(
            client=client,
            district=district,
            include_inactive=include_inactive,
            if_none_match=if_none_match,
        )
    ).parsed
