from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.consultation_public import ConsultationPublic
from ...models.follow_up import FollowUp
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    consultation_id: int,
    *,
    body: FollowUp,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/consultations/{consultation_id}/follow-up".format(
            consultation_id=quote(str(consultation_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConsultationPublic | Problem | None:
    if response.status_code == 200:
        response_200 = ConsultationPublic.from_dict(response.json())

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
) -> Response[ConsultationPublic | Problem]:
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
    body: FollowUp,
) -> Response[ConsultationPublic | Problem]:
    """登记回访结果

     调用方：窗口工作人员、部门经办人（本区域）。待回访的登记记下回访结果；其他状态 409。

    Args:
        consultation_id (int): 数据库编号
        body (FollowUp): The follow-up call or visit was made: what came of it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConsultationPublic | Problem]
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
    body: FollowUp,
) -> ConsultationPublic | Problem | None:
    """登记回访结果

     调用方：窗口工作人员、部门经办人（本区域）。待回访的登记记下回访结果；其他状态 409。

    Args:
        consultation_id (int): 数据库编号
        body (FollowUp): The follow-up call or visit was made: what came of it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConsultationPublic | Problem
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
    body: FollowUp,
) -> Response[ConsultationPublic | Problem]:
    """登记回访结果

     调用方：窗口工作人员、部门经办人（本区域）。待回访的登记记下回访结果；其他状态 409。

    Args:
        consultation_id (int): 数据库编号
        body (FollowUp): The follow-up call or visit was made: what came of it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConsultationPublic | Problem]
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
    body: FollowUp,
) -> ConsultationPublic | Problem | None:
    """登记回访结果

     调用方：窗口工作人员、部门经办人（本区域）。待回访的登记记下回访结果；其他状态 409。

    Args:
        consultation_id (int): 数据库编号
        body (FollowUp): The follow-up call or visit was made: what came of it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConsultationPublic | Problem
    """

    return (
        await asyncio_detailed(
            consultation_id=consultation_id,
            client=client,
            body=body,
        )
    ).parsed
