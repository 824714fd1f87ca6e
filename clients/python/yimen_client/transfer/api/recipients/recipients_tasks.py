from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.recipients_tasks_status_type_0 import (
    RecipientsTasksStatusType0,
)
from ...models.task_public import TaskPublic
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    street_region: str,
    status: None | RecipientsTasksStatusType0 | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["street_region"] = street_region

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
        "url": "/v1/review-tasks",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | list[TaskPublic] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = TaskPublic.from_dict(response_200_item_data)

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
) -> Response[Problem | list[TaskPublic]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    street_region: str,
    status: None | RecipientsTasksStatusType0 | Unset = UNSET,
) -> Response[Problem | list[TaskPublic]]:
    """年审任务

     本街道工作人员；区级与监督人员只读。

    Args:
        street_region (str): 街道（9位）或区（6位）区划代码
        status (None | RecipientsTasksStatusType0 | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[TaskPublic]]
    """

    kwargs = _get_kwargs(
        street_region=street_region,
        status=status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    street_region: str,
    status: None | RecipientsTasksStatusType0 | Unset = UNSET,
) -> Problem | list[TaskPublic] | None:
    """年审任务

     本街道工作人员；区级与监督人员只读。

    Args:
        street_region (str): 街道（9位）或区（6位）区划代码
        status (None | RecipientsTasksStatusType0 | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[TaskPublic]
    """

    return sync_detailed(
        client=client,
        street_region=street_region,
        status=status,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    street_region: str,
    status: None | RecipientsTasksStatusType0 | Unset = UNSET,
) -> Response[Problem | list[TaskPublic]]:
    """年审任务

     本街道工作人员；区级与监督人员只读。

    Args:
        street_region (str): 街道（9位）或区（6位）区划代码
        status (None | RecipientsTasksStatusType0 | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[TaskPublic]]
    """

    kwargs = _get_kwargs(
        street_region=street_region,
        status=status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    street_region: str,
    status: None | RecipientsTasksStatusType0 | Unset = UNSET,
) -> Problem | list[TaskPublic] | None:
    """年审任务

     本街道工作人员；区级与监督人员只读。

    Args:
        street_region (str): 街道（9位）或区（6位）区划代码
        status (None | RecipientsTasksStatusType0 | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[TaskPublic]
    """

    return (
        await asyncio_detailed(
            client=client,
            street_region=street_region,
            status=status,
        )
    ).parsed
