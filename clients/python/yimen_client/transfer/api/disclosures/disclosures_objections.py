from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.disclosure_objection_public import DisclosureObjectionPublic
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    open_only: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["open_only"] = open_only

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/disclosures/objections",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | list[DisclosureObjectionPublic] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = DisclosureObjectionPublic.from_dict(
                response_200_item_data
            )

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
) -> Response[Problem | list[DisclosureObjectionPublic]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    open_only: bool | Unset = False,
) -> Response[Problem | list[DisclosureObjectionPublic]]:
    """公示异议列表

     调用方：部门经办人、监督人员、管理员，仅限本人区域的街道。未答复的在前。

    Args:
        open_only (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[DisclosureObjectionPublic]]
    """

    kwargs = _get_kwargs(
        open_only=open_only,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    open_only: bool | Unset = False,
) -> Problem | list[DisclosureObjectionPublic] | None:
    """公示异议列表

     调用方：部门经办人、监督人员、管理员，仅限本人区域的街道。未答复的在前。

    Args:
        open_only (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[DisclosureObjectionPublic]
    """

    return sync_detailed(
        client=client,
        open_only=open_only,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    open_only: bool | Unset = False,
) -> Response[Problem | list[DisclosureObjectionPublic]]:
    """公示异议列表

     调用方：部门经办人、监督人员、管理员，仅限本人区域的街道。未答复的在前。

    Args:
        open_only (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[DisclosureObjectionPublic]]
    """

    kwargs = _get_kwargs(
        open_only=open_only,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    open_only: bool | Unset = False,
) -> Problem | list[DisclosureObjectionPublic] | None:
    """公示异议列表

     调用方：部门经办人、监督人员、管理员，仅限本人区域的街道。未答复的在前。

    Args:
        open_only (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[DisclosureObjectionPublic]
    """

    return (
        await asyncio_detailed(
            client=client,
            open_only=open_only,
        )
    ).parsed
