from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.suggestion_request import SuggestionRequest
from ...models.suggestion_response import SuggestionResponse
from ...types import Response


def _get_kwargs(
    *,
    body: SuggestionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/suggestions",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | SuggestionResponse | None:
    if response.status_code == 200:
        response_200 = SuggestionResponse.from_dict(response.json())

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

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Problem | SuggestionResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SuggestionRequest,
) -> Response[Problem | SuggestionResponse]:
    """“不知道申请什么”：建议事项

     工作人员（窗口、部门、监督、管理员）。申请人说不清申请什么时，按困难描述中的关键词和已知事实建议事项，每项附理由。

    Args:
        body (SuggestionRequest): The difficulty in the applicant's words, and any facts already
            known.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SuggestionResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: SuggestionRequest,
) -> Problem | SuggestionResponse | None:
    """“不知道申请什么”：建议事项

     工作人员（窗口、部门、监督、管理员）。申请人说不清申请什么时，按困难描述中的关键词和已知事实建议事项，每项附理由。

    Args:
        body (SuggestionRequest): The difficulty in the applicant's words, and any facts already
            known.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SuggestionResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SuggestionRequest,
) -> Response[Problem | SuggestionResponse]:
    """“不知道申请什么”：建议事项

     工作人员（窗口、部门、监督、管理员）。申请人说不清申请什么时，按困难描述中的关键词和已知事实建议事项，每项附理由。

    Args:
        body (SuggestionRequest): The difficulty in the applicant's words, and any facts already
            known.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SuggestionResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SuggestionRequest,
) -> Problem | SuggestionResponse | None:
    """“不知道申请什么”：建议事项

     工作人员（窗口、部门、监督、管理员）。申请人说不清申请什么时，按困难描述中的关键词和已知事实建议事项，每项附理由。

    Args:
        body (SuggestionRequest): The difficulty in the applicant's words, and any facts already
            known.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SuggestionResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
