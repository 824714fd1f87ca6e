from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.department_entry import DepartmentEntry
from ...models.department_public import DepartmentPublic
from ...models.department_type import DepartmentType
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    region: None | str | Unset = UNSET,
    type_: DepartmentType | None | Unset = UNSET,
    include_inactive: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_region: None | str | Unset
    if isinstance(region, Unset):
        json_region = UNSET
    else:
        json_region = region
    params["region"] = json_region

    json_type_: None | str | Unset
    if isinstance(type_, Unset):
        json_type_ = UNSET
    elif isinstance(type_, str):
        json_type_ = type_
    else:
        json_type_ = type_
    params["type"] = json_type_

    params["include_inactive"] = include_inactive

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/departments",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | list[DepartmentEntry | DepartmentPublic] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:

            def _parse_response_200_item(
                data: object,
            ) -> DepartmentEntry | DepartmentPublic:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    response_200_item_type_0 = DepartmentPublic.from_dict(data)

                    return response_200_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_item_type_1 = DepartmentEntry.from_dict(data)

                return response_200_item_type_1

            response_200_item = _parse_response_200_item(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Problem | list[DepartmentEntry | DepartmentPublic]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    region: None | str | Unset = UNSET,
    type_: DepartmentType | None | Unset = UNSET,
    include_inactive: bool | Unset = False,
) -> Response[Problem | list[DepartmentEntry | DepartmentPublic]]:
    """部门目录

     工作人员（窗口、部门、监督、管理员）。接收通知单的部门及对接方式；从不含密钥。
    回调地址、AB岗经办人、密钥提示与告警只对系统管理员和本部门显示（`DepartmentPublic`），
    其他人得到 `DepartmentEntry`。

    Args:
        region (None | str | Unset): 区域代码前缀
        type_ (DepartmentType | None | Unset):
        include_inactive (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[DepartmentEntry | DepartmentPublic]]
    """

    kwargs = _get_kwargs(
        region=region,
        type_=type_,
        include_inactive=include_inactive,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    region: None | str | Unset = UNSET,
    type_: DepartmentType | None | Unset = UNSET,
    include_inactive: bool | Unset = False,
) -> Problem | list[DepartmentEntry | DepartmentPublic] | None:
    """部门目录

     工作人员（窗口、部门、监督、管理员）。接收通知单的部门及对接方式；从不含密钥。
    回调地址、AB岗经办人、密钥提示与告警只对系统管理员和本部门显示（`DepartmentPublic`），
    其他人得到 `DepartmentEntry`。

    Args:
        region (None | str | Unset): 区域代码前缀
        type_ (DepartmentType | None | Unset):
        include_inactive (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[DepartmentEntry | DepartmentPublic]
    """

    return sync_detailed(
        client=client,
        region=region,
        type_=type_,
        include_inactive=include_inactive,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    region: None | str | Unset = UNSET,
    type_: DepartmentType | None | Unset = UNSET,
    include_inactive: bool | Unset = False,
) -> Response[Problem | list[DepartmentEntry | DepartmentPublic]]:
    """部门目录

     工作人员（窗口、部门、监督、管理员）。接收通知单的部门及对接方式；从不含密钥。
    回调地址、AB岗经办人、密钥提示与告警只对系统管理员和本部门显示（`DepartmentPublic`），
    其他人得到 `DepartmentEntry`。

    Args:
        region (None | str | Unset): 区域代码前缀
        type_ (DepartmentType | None | Unset):
        include_inactive (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[DepartmentEntry | DepartmentPublic]]
    """

    kwargs = _get_kwargs(
        region=region,
        type_=type_,
        include_inactive=include_inactive,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    region: None | str | Unset = UNSET,
    type_: DepartmentType | None | Unset = UNSET,
    include_inactive: bool | Unset = False,
) -> Problem | list[DepartmentEntry | DepartmentPublic] | None:
    """部门目录

     工作人员（窗口、部门、监督、管理员）。接收通知单的部门及对接方式；从不含密钥。
    回调地址、AB岗经办人、密钥提示与告警只对系统管理员和本部门显示（`DepartmentPublic`），
    其他人得到 `DepartmentEntry`。

    Args:
        region (None | str | Unset): 区域代码前缀
        type_ (DepartmentType | None | Unset):
        include_inactive (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[DepartmentEntry | DepartmentPublic]
    """

    return (
        await asyncio_detailed(
            client=client,
            region=region,
            type_=type_,
            include_inactive=include_inactive,
        )
    ).parsed
