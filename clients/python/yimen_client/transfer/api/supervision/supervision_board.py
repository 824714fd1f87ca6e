from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.supervision_overview import SupervisionOverview
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    region: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_region: None | str | Unset
    if isinstance(region, Unset):
        json_region = UNSET
    else:
        json_region = region
    params["region"] = json_region

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/supervision",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | SupervisionOverview | None:
    if response.status_code == 200:
        response_200 = SupervisionOverview.from_dict(response.json())

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
) -> Response[Problem | SupervisionOverview]:
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
) -> Response[Problem | SupervisionOverview]:
    """督办看板：逾期、临期、催办与督办记录

     监督人员、系统管理员、窗口工作人员（本辖区）。逾期与临期的通知单、催办与督办记录、紧急案件待补齐的手续。
    `region` 须在本人辖区之内，否则为 403。

    Args:
        region (None | str | Unset): 区域代码前缀，缺省为本人辖区

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SupervisionOverview]
    """

    kwargs = _get_kwargs(
        region=region,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    region: None | str | Unset = UNSET,
) -> Problem | SupervisionOverview | None:
    """督办看板：逾期、临期、催办与督办记录

     监督人员、系统管理员、窗口工作人员（本辖区）。逾期与临期的通知单、催办与督办记录、紧急案件待补齐的手续。
    `region` 须在本人辖区之内，否则为 403。

    Args:
        region (None | str | Unset): 区域代码前缀，缺省为本人辖区

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SupervisionOverview
    """

    return sync_detailed(
        client=client,
        region=region,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    region: None | str | Unset = UNSET,
) -> Response[Problem | SupervisionOverview]:
    """督办看板：逾期、临期、催办与督办记录

     监督人员、系统管理员、窗口工作人员（本辖区）。逾期与临期的通知单、催办与督办记录、紧急案件待补齐的手续。
    `region` 须在本人辖区之内，否则为 403。

    Args:
        region (None | str | Unset): 区域代码前缀，缺省为本人辖区

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SupervisionOverview]
    """

    kwargs = _get_kwargs(
        region=region,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    region: None | str | Unset = UNSET,
) -> Problem | SupervisionOverview | None:
    """督办看板：逾期、临期、催办与督办记录

     监督人员、系统管理员、窗口工作人员（本辖区）。逾期与临期的通知单、催办与督办记录、紧急案件待补齐的手续。
    `region` 须在本人辖区之内，否则为 403。

    Args:
        region (None | str | Unset): 区域代码前缀，缺省为本人辖区

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SupervisionOverview
    """

    return (
        await asyncio_detailed(
            client=client,
            region=region,
        )
    ).parsed
