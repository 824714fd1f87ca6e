from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.application_create import ApplicationCreate
from ...models.problem import Problem
from ...models.registration_public import RegistrationPublic
from ...types import Response


def _get_kwargs(
    consultation_id: int,
    *,
    body: ApplicationCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/consultations/{consultation_id}/application".format(
            consultation_id=quote(str(consultation_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | RegistrationPublic | None:
    if response.status_code == 201:
        response_201 = RegistrationPublic.from_dict(response.json())

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

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Problem | RegistrationPublic]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    consultation_id: int,
    *,
    client: AuthenticatedClient,
    body: ApplicationCreate,
) -> Response[Problem | RegistrationPublic]:
    """来访转为申请（一键登记并关联）

     调用方：窗口工作人员（本区域）。以补全后的申请内容登记申请（规则同 `POST /v1/applications`），并把来访登记关联到新案件；已转过 409。

    Args:
        consultation_id (int): 数据库编号
        body (ApplicationCreate): Registering a request at a window: never refused, only
            completed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RegistrationPublic]
    """

    kwargs = _get_kwargs(
        consultation_id=consultation_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    consultation_id: int,
    *,
    client: AuthenticatedClient,
    body: ApplicationCreate,
) -> Problem | RegistrationPublic | None:
    """来访转为申请（一键登记并关联）

     调用方：窗口工作人员（本区域）。以补全后的申请内容登记申请（规则同 `POST /v1/applications`），并把来访登记关联到新案件；已转过 409。

    Args:
        consultation_id (int): 数据库编号
        body (ApplicationCreate): Registering a request at a window: never refused, only
            completed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RegistrationPublic
    """

    return sync_detailed(
        consultation_id=consultation_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    consultation_id: int,
    *,
    client: AuthenticatedClient,
    body: ApplicationCreate,
) -> Response[Problem | RegistrationPublic]:
    """来访转为申请（一键登记并关联）

     调用方：窗口工作人员（本区域）。以补全后的申请内容登记申请（规则同 `POST /v1/applications`），并把来访登记关联到新案件；已转过 409。

    Args:
        consultation_id (int): 数据库编号
        body (ApplicationCreate): Registering a request at a window: never refused, only
            completed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RegistrationPublic]
    """

    kwargs = _get_kwargs(
        consultation_id=consultation_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    consultation_id: int,
    *,
    client: AuthenticatedClient,
    body: ApplicationCreate,
) -> Problem | RegistrationPublic | None:
    """来访转为申请（一键登记并关联）

     调用方：窗口工作人员（本区域）。以补全后的申请内容登记申请（规则同 `POST /v1/applications`），并把来访登记关联到新案件；已转过 409。

    Args:
        consultation_id (int): 数据库编号
        body (ApplicationCreate): Registering a request at a window: never refused, only
            completed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RegistrationPublic
    """

    return (
        await asyncio_detailed(
            consultation_id=consultation_id,
            client=client,
            body=body,
        )
    ).parsed
