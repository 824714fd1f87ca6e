from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.need_create import NeedCreate
from ...models.need_public import NeedPublic
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    *,
    body: NeedCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/needs",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> NeedPublic | Problem | None:
    if response.status_code == 201:
        response_201 = NeedPublic.from_dict(response.json())

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
) -> Response[NeedPublic | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: NeedCreate,
) -> Response[NeedPublic | Problem]:
    """慈善/社会力量：发布无部门承接的需求（去除个人信息）

     调用方：窗口工作人员（本区域案件）。标题和说明中含姓名、身份证号或电话号码时 422。

    Args:
        body (NeedCreate): A window publishes what a case still needs, in words without name, ID
            or phone number.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NeedPublic | Problem]
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
    body: NeedCreate,
) -> NeedPublic | Problem | None:
    """慈善/社会力量：发布无部门承接的需求（去除个人信息）

     调用方：窗口工作人员（本区域案件）。标题和说明中含姓名、身份证号或电话号码时 422。

    Args:
        body (NeedCreate): A window publishes what a case still needs, in words without name, ID
            or phone number.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NeedPublic | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: NeedCreate,
) -> Response[NeedPublic | Problem]:
    """慈善/社会力量：发布无部门承接的需求（去除个人信息）

     调用方：窗口工作人员（本区域案件）。标题和说明中含姓名、身份证号或电话号码时 422。

    Args:
        body (NeedCreate): A window publishes what a case still needs, in words without name, ID
            or phone number.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NeedPublic | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: NeedCreate,
) -> NeedPublic | Problem | None:
    """慈善/社会力量：发布无部门承接的需求（去除个人信息）

     调用方：窗口工作人员（本区域案件）。标题和说明中含姓名、身份证号或电话号码时 422。

    Args:
        body (NeedCreate): A window publishes what a case still needs, in words without name, ID
            or phone number.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NeedPublic | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
