import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.coverage import Coverage
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    week_of: datetime.date | None | Unset = UNSET,
    region: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_week_of: None | str | Unset
    if isinstance(week_of, Unset):
        json_week_of = UNSET
    elif isinstance(week_of, datetime.date):
        json_week_of = week_of.isoformat()
    else:
        json_week_of = week_of
    params["week_of"] = json_week_of

    json_region: None | str | Unset
    if isinstance(region, Unset):
        json_region = UNSET
    else:
        json_region = region
    params["region"] = json_region

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/outreach/coverage",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Coverage | Problem | None:
    if response.status_code == 200:
        response_200 = Coverage.from_dict(response.json())

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
) -> Response[Coverage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    week_of: datetime.date | None | Unset = UNSET,
    region: None | str | Unset = UNSET,
) -> Response[Coverage | Problem]:
    """走访：走访覆盖率（按计划每周走访次数，如每周不少于3次）

     调用方：窗口工作人员、监督人员、管理员（各自区域）。week_of 为该周任一天，默认本周。

    Args:
        week_of (datetime.date | None | Unset):
        region (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Coverage | Problem]
    """

    kwargs = _get_kwargs(
        week_of=week_of,
        region=region,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    week_of: datetime.date | None | Unset = UNSET,
    region: None | str | Unset = UNSET,
) -> Coverage | Problem | None:
    """走访：走访覆盖率（按计划每周走访次数，如每周不少于3次）

     调用方：窗口工作人员、监督人员、管理员（各自区域）。week_of 为该周任一天，默认本周。

    Args:
        week_of (datetime.date | None | Unset):
        region (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Coverage | Problem
    """

    return sync_detailed(
        client=client,
        week_of=week_of,
        region=region,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    week_of: datetime.date | None | Unset = UNSET,
    region: None | str | Unset = UNSET,
) -> Response[Coverage | Problem]:
    """走访：走访覆盖率（按计划每周走访次数，如每周不少于3次）

     调用方：窗口工作人员、监督人员、管理员（各自区域）。week_of 为该周任一天，默认本周。

    Args:
        week_of (datetime.date | None | Unset):
        region (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Coverage | Problem]
    """

    kwargs = _get_kwargs(
        week_of=week_of,
        region=region,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    week_of: datetime.date | None | Unset = UNSET,
    region: None | str | Unset = UNSET,
) -> Coverage | Problem | None:
    """走访：走访覆盖率（按计划每周走访次数，如每周不少于3次）

     调用方：窗口工作人员、监督人员、管理员（各自区域）。week_of 为该周任一天，默认本周。

    Args:
        week_of (datetime.date | None | Unset):
        region (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Coverage | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            week_of=week_of,
            region=region,
        )
    ).parsed
