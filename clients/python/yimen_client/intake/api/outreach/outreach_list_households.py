from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.household_public import HouseholdPublic
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    region: None | str | Unset = UNSET,
    watch: bool | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_region: None | str | Unset
    if isinstance(region, Unset):
        json_region = UNSET
    else:
        json_region = region
    params["region"] = json_region

    json_watch: bool | None | Unset
    if isinstance(watch, Unset):
        json_watch = UNSET
    else:
        json_watch = watch
    params["watch"] = json_watch

    json_q: None | str | Unset
    if isinstance(q, Unset):
        json_q = UNSET
    else:
        json_q = q
    params["q"] = json_q

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/outreach/households",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | list[HouseholdPublic] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = HouseholdPublic.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[Problem | list[HouseholdPublic]]:
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
    watch: bool | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
) -> Response[Problem | list[HouseholdPublic]]:
    """走访：走访对象名单（watch=true 为关注名单）

     调用方：代办员、网格员（本村居）、窗口工作人员、监督人员、管理员（各自区域）。

    Args:
        region (None | str | Unset):
        watch (bool | None | Unset):
        q (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[HouseholdPublic]]
    """

    kwargs = _get_kwargs(
        region=region,
        watch=watch,
        q=q,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    region: None | str | Unset = UNSET,
    watch: bool | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
) -> Problem | list[HouseholdPublic] | None:
    """走访：走访对象名单（watch=true 为关注名单）

     调用方：代办员、网格员（本村居）、窗口工作人员、监督人员、管理员（各自区域）。

    Args:
        region (None | str | Unset):
        watch (bool | None | Unset):
        q (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[HouseholdPublic]
    """

    return sync_detailed(
        client=client,
        region=region,
        watch=watch,
        q=q,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    region: None | str | Unset = UNSET,
    watch: bool | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
) -> Response[Problem | list[HouseholdPublic]]:
    """走访：走访对象名单（watch=true 为关注名单）

     调用方：代办员、网格员（本村居）、窗口工作人员、监督人员、管理员（各自区域）。

    Args:
        region (None | str | Unset):
        watch (bool | None | Unset):
        q (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[HouseholdPublic]]
    """

    kwargs = _get_kwargs(
        region=region,
        watch=watch,
        q=q,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    region: None | str | Unset = UNSET,
    watch: bool | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
) -> Problem | list[HouseholdPublic] | None:
    """走访：走访对象名单（watch=true 为关注名单）

     调用方：代办员、网格员（本村居）、窗口工作人员、监督人员、管理员（各自区域）。

    Args:
        region (None | str | Unset):
        watch (bool | None | Unset):
        q (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[HouseholdPublic]
    """

    return (
        await asyncio_detailed(
            client=client,
            region=region,
            watch=watch,
            q=q,
        )
    ).parsed
