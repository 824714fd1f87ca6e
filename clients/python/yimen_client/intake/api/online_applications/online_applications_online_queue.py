from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.online_application_status import (
    OnlineApplicationStatus,
)
from ...models.online_row import OnlineRow
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    status: None | OnlineApplicationStatus | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, str):
        json_status = status
    else:
        json_status = status
    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/online-applications",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | list[OnlineRow] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = OnlineRow.from_dict(response_200_item_data)

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
) -> Response[Problem | list[OnlineRow]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    status: None | OnlineApplicationStatus | Unset = UNSET,
) -> Response[Problem | list[OnlineRow]]:
    """网上申请队列

     调用方：窗口工作人员、监督人员、管理员，仅限各自区域。

    先到先办；身份证号和手机号脱敏；一次性告知期限从网上提交日起算5个工作日，逾期标出。

    Args:
        status (None | OnlineApplicationStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[OnlineRow]]
    """

    kwargs = _get_kwargs(
        status=status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    status: None | OnlineApplicationStatus | Unset = UNSET,
) -> Problem | list[OnlineRow] | None:
    """网上申请队列

     调用方：窗口工作人员、监督人员、管理员，仅限各自区域。

    先到先办；身份证号和手机号脱敏；一次性告知期限从网上提交日起算5个工作日，逾期标出。

    Args:
        status (None | OnlineApplicationStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[OnlineRow]
    """

    return sync_detailed(
        client=client,
        status=status,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    status: None | OnlineApplicationStatus | Unset = UNSET,
) -> Response[Problem | list[OnlineRow]]:
    """网上申请队列

     调用方：窗口工作人员、监督人员、管理员，仅限各自区域。

    先到先办；身份证号和手机号脱敏；一次性告知期限从网上提交日起算5个工作日，逾期标出。

    Args:
        status (None | OnlineApplicationStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[OnlineRow]]
    """

    kwargs = _get_kwargs(
        status=status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    status: None | OnlineApplicationStatus | Unset = UNSET,
) -> Problem | list[OnlineRow] | None:
    """网上申请队列

     调用方：窗口工作人员、监督人员、管理员，仅限各自区域。

    先到先办；身份证号和手机号脱敏；一次性告知期限从网上提交日起算5个工作日，逾期标出。

    Args:
        status (None | OnlineApplicationStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[OnlineRow]
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
        )
    ).parsed
