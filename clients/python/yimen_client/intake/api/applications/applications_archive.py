from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.application_public import ApplicationPublic
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    application_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/applications/{application_id}/archive".format(
            application_id=quote(str(application_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApplicationPublic | Problem | None:
    if response.status_code == 200:
        response_200 = ApplicationPublic.from_dict(response.json())

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
) -> Response[ApplicationPublic | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    application_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[ApplicationPublic | Problem]:
    """归档

     调用方：窗口工作人员（window_staff），仅限本人所在区域的案件。

    已办结、不予受理或已撤回的案件资料归档（同 `POST /v1/archive/cases/{id}/archive`：受理过的案件须清单材料均有扫描件，编档案号）；其他状态
    409。返回变更后的完整案件（同“案件详情”）。

    Args:
        application_id (int): 数据库编号

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApplicationPublic | Problem]
    """

    kwargs = _get_kwargs(
        application_id=application_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    application_id: int,
    *,
    client: AuthenticatedClient,
) -> ApplicationPublic | Problem | None:
    """归档

     调用方：窗口工作人员（window_staff），仅限本人所在区域的案件。

    已办结、不予受理或已撤回的案件资料归档（同 `POST /v1/archive/cases/{id}/archive`：受理过的案件须清单材料均有扫描件，编档案号）；其他状态
    409。返回变更后的完整案件（同“案件详情”）。

    Args:
        application_id (int): 数据库编号

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApplicationPublic | Problem
    """

    return sync_detailed(
        application_id=application_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    application_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[ApplicationPublic | Problem]:
    """归档

     调用方：窗口工作人员（window_staff），仅限本人所在区域的案件。

    已办结、不予受理或已撤回的案件资料归档（同 `POST /v1/archive/cases/{id}/archive`：受理过的案件须清单材料均有扫描件，编档案号）；其他状态
    409。返回变更后的完整案件（同“案件详情”）。

    Args:
        application_id (int): 数据库编号

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApplicationPublic | Problem]
    """

    kwargs = _get_kwargs(
        application_id=application_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    application_id: int,
    *,
    client: AuthenticatedClient,
) -> ApplicationPublic | Problem | None:
    """归档

     调用方：窗口工作人员（window_staff），仅限本人所在区域的案件。

    已办结、不予受理或已撤回的案件资料归档（同 `POST /v1/archive/cases/{id}/archive`：受理过的案件须清单材料均有扫描件，编档案号）；其他状态
    409。返回变更后的完整案件（同“案件详情”）。

    Args:
        application_id (int): 数据库编号

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApplicationPublic | Problem
    """

    return (
        await asyncio_detailed(
            application_id=application_id,
            client=client,
        )
    ).parsed
