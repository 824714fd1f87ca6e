from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.disclosure_objection_public import DisclosureObjectionPublic
from ...models.objection_reply import ObjectionReply
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    number: int,
    *,
    body: ObjectionReply,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/disclosures/objections/{number}/reply".format(
            number=quote(str(number), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DisclosureObjectionPublic | Problem | None:
    if response.status_code == 200:
        response_200 = DisclosureObjectionPublic.from_dict(response.json())

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
) -> Response[DisclosureObjectionPublic | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    number: int,
    *,
    client: AuthenticatedClient,
    body: ObjectionReply,
) -> Response[DisclosureObjectionPublic | Problem]:
    """答复公示异议

     调用方：部门经办人、监督人员、管理员，仅限本人区域的街道；再次答复即更正。

    Args:
        number (int): 数据库编号
        body (ObjectionReply): Staff's answer to an objection.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DisclosureObjectionPublic | Problem]
    """

    kwargs = _get_kwargs(
        number=number,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    number: int,
    *,
    client: AuthenticatedClient,
    body: ObjectionReply,
) -> DisclosureObjectionPublic | Problem | None:
    """答复公示异议

     调用方：部门经办人、监督人员、管理员，仅限本人区域的街道；再次答复即更正。

    Args:
        number (int): 数据库编号
        body (ObjectionReply): Staff's answer to an objection.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DisclosureObjectionPublic | Problem
    """

    return sync_detailed(
        number=number,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    number: int,
    *,
    client: AuthenticatedClient,
    body: ObjectionReply,
) -> Response[DisclosureObjectionPublic | Problem]:
    """答复公示异议

     调用方：部门经办人、监督人员、管理员，仅限本人区域的街道；再次答复即更正。

    Args:
        number (int): 数据库编号
        body (ObjectionReply): Staff's answer to an objection.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DisclosureObjectionPublic | Problem]
    """

    kwargs = _get_kwargs(
        number=number,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    number: int,
    *,
    client: AuthenticatedClient,
    body: ObjectionReply,
) -> DisclosureObjectionPublic | Problem | None:
    """答复公示异议

     调用方：部门经办人、监督人员、管理员，仅限本人区域的街道；再次答复即更正。

    Args:
        number (int): 数据库编号
        body (ObjectionReply): Staff's answer to an objection.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DisclosureObjectionPublic | Problem
    """

    return (
        await asyncio_detailed(
            number=number,
            client=client,
            body=body,
        )
    ).parsed
