from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.suggestion_rule_public import SuggestionRulePublic
from ...models.suggestion_rule_write import SuggestionRuleWrite
from ...types import Response


def _get_kwargs(
    rule_id: int,
    *,
    body: SuggestionRuleWrite,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/suggestion-rules/{rule_id}".format(
            rule_id=quote(str(rule_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | SuggestionRulePublic | None:
    if response.status_code == 200:
        response_200 = SuggestionRulePublic.from_dict(response.json())

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
) -> Response[Problem | SuggestionRulePublic]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    rule_id: int,
    *,
    client: AuthenticatedClient,
    body: SuggestionRuleWrite,
) -> Response[Problem | SuggestionRulePublic]:
    """修改建议规则

     系统管理员。修改建议规则，存为新版本。

    Args:
        rule_id (int):
        body (SuggestionRuleWrite): A suggestion rule: keywords in the difficulty and/or a
            condition on known facts (admin data).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SuggestionRulePublic]
    """

    kwargs = _get_kwargs(
        rule_id=rule_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    rule_id: int,
    *,
    client: AuthenticatedClient,
    body: SuggestionRuleWrite,
) -> Problem | SuggestionRulePublic | None:
    """修改建议规则

     系统管理员。修改建议规则，存为新版本。

    Args:
        rule_id (int):
        body (SuggestionRuleWrite): A suggestion rule: keywords in the difficulty and/or a
            condition on known facts (admin data).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SuggestionRulePublic
    """

    return sync_detailed(
        rule_id=rule_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    rule_id: int,
    *,
    client: AuthenticatedClient,
    body: SuggestionRuleWrite,
) -> Response[Problem | SuggestionRulePublic]:
    """修改建议规则

     系统管理员。修改建议规则，存为新版本。

    Args:
        rule_id (int):
        body (SuggestionRuleWrite): A suggestion rule: keywords in the difficulty and/or a
            condition on known facts (admin data).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SuggestionRulePublic]
    """

    kwargs = _get_kwargs(
        rule_id=rule_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    rule_id: int,
    *,
    client: AuthenticatedClient,
    body: SuggestionRuleWrite,
) -> Problem | SuggestionRulePublic | None:
    """修改建议规则

     系统管理员。修改建议规则，存为新版本。

    Args:
        rule_id (int):
        body (SuggestionRuleWrite): A suggestion rule: keywords in the difficulty and/or a
            condition on known facts (admin data).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SuggestionRulePublic
    """

    return (
        await asyncio_detailed(
            rule_id=rule_id,
            client=client,
            body=body,
        )
    ).parsed
