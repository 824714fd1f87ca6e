from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.visit_create import VisitCreate
from ...models.visit_public import VisitPublic
from ...types import Response


def _get_kwargs(
    *,
    body: VisitCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/outreach/visits",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | VisitPublic | None:
    if response.status_code == 201:
        response_201 = VisitPublic.from_dict(response.json())

        return response_201

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
) -> Response[Problem | VisitPublic]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: VisitCreate,
) -> Response[Problem | VisitPublic]:
    """走访：记录一次入户走访（情况、风险等级）

     调用方：代办员、网格员（本村居）、窗口工作人员、监督人员、管理员（各自区域）。风险等级为“紧急”的家庭自动列入关注名单。照片另行上传到该走访记录。

    Args:
        body (VisitCreate): One visit: date, what was found, risk level (a photo is uploaded
            after, to the visit).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | VisitPublic]
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
    body: VisitCreate,
) -> Problem | VisitPublic | None:
    """走访：记录一次入户走访（情况、风险等级）

     调用方：代办员、网格员（本村居）、窗口工作人员、监督人员、管理员（各自区域）。风险等级为“紧急”的家庭自动列入关注名单。照片另行上传到该走访记录。

    Args:
        body (VisitCreate): One visit: date, what was found, risk level (a photo is uploaded
            after, to the visit).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | VisitPublic
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: VisitCreate,
) -> Response[Problem | VisitPublic]:
    """走访：记录一次入户走访（情况、风险等级）

     调用方：代办员、网格员（本村居）、窗口工作人员、监督人员、管理员（各自区域）。风险等级为“紧急”的家庭自动列入关注名单。照片另行上传到该走访记录。

    Args:
        body (VisitCreate): One visit: date, what was found, risk level (a photo is uploaded
            after, to the visit).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | VisitPublic]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: VisitCreate,
) -> Problem | VisitPublic | None:
    """走访：记录一次入户走访（情况、风险等级）

     调用方：代办员、网格员（本村居）、窗口工作人员、监督人员、管理员（各自区域）。风险等级为“紧急”的家庭自动列入关注名单。照片另行上传到该走访记录。

    Args:
        body (VisitCreate): One visit: date, what was found, risk level (a photo is uploaded
            after, to the visit).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | VisitPublic
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
