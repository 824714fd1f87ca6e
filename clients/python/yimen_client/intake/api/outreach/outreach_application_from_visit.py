from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.started_application import StartedApplication
from ...models.visit_application import VisitApplication
from ...types import Response


def _get_kwargs(
    visit_id: int,
    *,
    body: VisitApplication,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/outreach/visits/{visit_id}/application".format(
            visit_id=quote(str(visit_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | StartedApplication | None:
    if response.status_code == 201:
        response_201 = StartedApplication.from_dict(response.json())

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
) -> Response[Problem | StartedApplication]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    visit_id: int,
    *,
    client: AuthenticatedClient,
    body: VisitApplication,
) -> Response[Problem | StartedApplication]:
    """走访：由走访发起代为申请（家庭资料带入登记）

     调用方：代办员（须填授权委托书，渠道“代办员代为申请”）、网格员和窗口工作人员（渠道“村居代为提交”）。

    Args:
        visit_id (int): 数据库编号
        body (VisitApplication): Start an application on the household's behalf from a visit (the
            household's data carried over).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | StartedApplication]
    """

    kwargs = _get_kwargs(
        visit_id=visit_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    visit_id: int,
    *,
    client: AuthenticatedClient,
    body: VisitApplication,
) -> Problem | StartedApplication | None:
    """走访：由走访发起代为申请（家庭资料带入登记）

     调用方：代办员（须填授权委托书，渠道“代办员代为申请”）、网格员和窗口工作人员（渠道“村居代为提交”）。

    Args:
        visit_id (int): 数据库编号
        body (VisitApplication): Start an application on the household's behalf from a visit (the
            household's data carried over).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | StartedApplication
    """

    return sync_detailed(
        visit_id=visit_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    visit_id: int,
    *,
    client: AuthenticatedClient,
    body: VisitApplication,
) -> Response[Problem | StartedApplication]:
    """走访：由走访发起代为申请（家庭资料带入登记）

     调用方：代办员（须填授权委托书，渠道“代办员代为申请”）、网格员和窗口工作人员（渠道“村居代为提交”）。

    Args:
        visit_id (int): 数据库编号
        body (VisitApplication): Start an application on the household's behalf from a visit (the
            household's data carried over).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | StartedApplication]
    """

    kwargs = _get_kwargs(
        visit_id=visit_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    visit_id: int,
    *,
    client: AuthenticatedClient,
    body: VisitApplication,
) -> Problem | StartedApplication | None:
    """走访：由走访发起代为申请（家庭资料带入登记）

     调用方：代办员（须填授权委托书，渠道“代办员代为申请”）、网格员和窗口工作人员（渠道“村居代为提交”）。

    Args:
        visit_id (int): 数据库编号
        body (VisitApplication): Start an application on the household's behalf from a visit (the
            household's data carried over).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | StartedApplication
    """

    return (
        await asyncio_detailed(
            visit_id=visit_id,
            client=client,
            body=body,
        )
    ).parsed
