from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.rule_set_public import RuleSetPublic
from ...models.rule_set_write import RuleSetWrite
from ...types import Response


def _get_kwargs(
    item_code: str,
    *,
    body: RuleSetWrite,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/rules/{item_code}".format(
            item_code=quote(str(item_code), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | RuleSetPublic | None:
    if response.status_code == 200:
        response_200 = RuleSetPublic.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

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
    body: RuleSetWrite,
) -> Response[Problem | RuleSetPublic]:
    """发布新版本资格规则

     系统管理员。先按结构校验（未知的键为 422 并指明，如 `definition.conditions[4].aplies_when`），
    再编译表达式，都通过后才存为下一版本；旧版本保留，修改留痕。

    Args:
        item_code (str):
        body (RuleSetWrite): A new version of an item's rules; checked by schema, then compiled,
            before anything is stored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RuleSetPublic]
    """

    kwargs = _get_kwargs(
        item_code=item_code,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    item_code: str,
    *,
    client: AuthenticatedClient,
    body: RuleSetWrite,
) -> Problem | RuleSetPublic | None:
    """发布新版本资格规则

     系统管理员。先按结构校验（未知的键为 422 并指明，如 `definition.conditions[4].aplies_when`），
    再编译表达式，都通过后才存为下一版本；旧版本保留，修改留痕。

    Args:
        item_code (str):
        body (RuleSetWrite): A new version of an item's rules; checked by schema, then compiled,
            before anything is stored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RuleSetPublic
    """

    return sync_detailed(
        item_code=item_code,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    item_code: str,
    *,
    client: AuthenticatedClient,
    body: RuleSetWrite,
) -> Response[Problem | RuleSetPublic]:
    """发布新版本资格规则

     系统管理员。先按结构校验（未知的键为 422 并指明，如 `definition.conditions[4].aplies_when`），
    再编译表达式，都通过后才存为下一版本；旧版本保留，修改留痕。

    Args:
        item_code (str):
        body (RuleSetWrite): A new version of an item's rules; checked by schema, then compiled,
            before anything is stored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RuleSetPublic]
    """

    kwargs = _get_kwargs(
        item_code=item_code,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    item_code: str,
    *,
    client: AuthenticatedClient,
    body: RuleSetWrite,
) -> Problem | RuleSetPublic | None:
    """发布新版本资格规则

     系统管理员。先按结构校验（未知的键为 422 并指明，如 `definition.conditions[4].aplies_when`），
    再编译表达式，都通过后才存为下一版本；旧版本保留，修改留痕。

    Args:
        item_code (str):
        body (RuleSetWrite): A new version of an item's rules; checked by schema, then compiled,
            before anything is stored.

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
            body=body,
        )
    ).parsed
