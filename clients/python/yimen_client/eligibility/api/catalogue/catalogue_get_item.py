from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.item_public import ItemPublic
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    code: str,
    *,
    district: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_district: None | str | Unset
    if isinstance(district, Unset):
        json_district = UNSET
    else:
        json_district = district
    params["district"] = json_district

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/items/{code}".format(
            code=quote(str(code), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ItemPublic | Problem | None:
    if response.status_code == 200:
        response_200 = ItemPublic.from_dict(response.json())

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
) -> Response[ItemPublic | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    code: str,
    *,
    client: AuthenticatedClient,
    district: None | str | Unset = UNSET,
) -> Response[ItemPublic | Problem]:
    """救助事项详情

     工作人员与协同部门系统（窗口、部门、监督、管理员、partner）。一个事项：牵头部门、办件类型、法定时限（无则 20 个工作日）、受理日、互斥事项、所需材料。

    Args:
        code (str):
        district (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ItemPublic | Problem]
    """

    kwargs = _get_kwargs(
        code=code,
        district=district,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    code: str,
    *,
    client: AuthenticatedClient,
    district: None | str | Unset = UNSET,
) -> ItemPublic | Problem | None:
    """救助事项详情

     工作人员与协同部门系统（窗口、部门、监督、管理员、partner）。一个事项：牵头部门、办件类型、法定时限（无则 20 个工作日）、受理日、互斥事项、所需材料。

    Args:
        code (str):
        district (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ItemPublic | Problem
    """

    return sync_detailed(
        code=code,
        client=client,
        district=district,
    ).parsed


async def asyncio_detailed(
    code: str,
    *,
    client: AuthenticatedClient,
    district: None | str | Unset = UNSET,
) -> Response[ItemPublic | Problem]:
    """救助事项详情

     工作人员与协同部门系统（窗口、部门、监督、管理员、partner）。一个事项：牵头部门、办件类型、法定时限（无则 20 个工作日）、受理日、互斥事项、所需材料。

    Args:
        code (str):
        district (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ItemPublic | Problem]
    """

    kwargs = _get_kwargs(
        code=code,
        district=district,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    code: str,
    *,
    client: AuthenticatedClient,
    district: None | str | Unset = UNSET,
) -> ItemPublic | Problem | None:
    """救助事项详情

     工作人员与协同部门系统（窗口、部门、监督、管理员、partner）。一个事项：牵头部门、办件类型、法定时限（无则 20 个工作日）、受理日、互斥事项、所需材料。

    Args:
        code (str):
        district (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ItemPublic | Problem
    """

    return (
        await asyncio_detailed(
            code=code,
            client=client,
            district=district,
        )
    ).parsed
