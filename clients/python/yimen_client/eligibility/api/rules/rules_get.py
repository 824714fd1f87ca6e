from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.rule_set_public import RuleSetPublic
from ...types import Response


def _get_kwargs(
    item_code: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/rules/{item_code}".format(
            item_code=quote(str(item_code), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | RuleSetPublic | None:
    if response.status_code == 200:
        response_200 = RuleSetPublic.from_dict(response.json())

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
) -> Response[Problem | RuleSetPublic]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    item_code: str,
    *,
    client: AuthenticatedClient,
) -> Response[Problem | RuleSetPublic]:
    """事项的资格规则（数据）

     工作人员。事项当前生效的规则版本：读取的事实、用到的参数、条件（规则语言表达式，docs/rules.md）。

    Args:
        item_code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RuleSetPublic]
    """

    kwargs = _get_kwargs(
        item_code=item_code,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    item_code: str,
    *,
    client: AuthenticatedClient,
) -> Problem | RuleSetPublic | None:
    """事项的资格规则（数据）

     工作人员。事项当前生效的规则版本：读取的事实、用到的参数、条件（规则语言表达式，docs/rules.md）。

    Args:
        item_code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RuleSetPublic
    """

    return sync_detailed(
        item_code=item_code,
        client=client,
    ).parsed


async def asyncio_detailed(
    item_code: str,
    *,
    client: AuthenticatedClient,
) -> Response[Problem | RuleSetPublic]:
    """事项的资格规则（数据）

     工作人员。事项当前生效的规则版本：读取的事实、用到的参数、条件（规则语言表达式，docs/rules.md）。

    Args:
        item_code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RuleSetPublic]
    """

    kwargs = _get_kwargs(
        item_code=item_code,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    item_code: str,
    *,
    client: AuthenticatedClient,
) -> Problem | RuleSetPublic | None:
    """事项的资格规则（数据）

     工作人员。事项当前生效的规则版本：读取的事实、用到的参数、条件（规则语言表达式，docs/rules.md）。

    Args:
        item_code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RuleSetPublic
    """

    return (
        await asyncio_detailed(
            item_code=item_code,
            client=client,
        )
    ).parsed
