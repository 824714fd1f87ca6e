from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.consultation_public import ConsultationPublic
from ...models.problem import Problem
from ...models.visit_consultation import VisitConsultation
from ...types import Response


def _get_kwargs(
    visit_id: int,
    *,
    body: VisitConsultation,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/outreach/visits/{visit_id}/consultation".format(
            visit_id=quote(str(visit_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConsultationPublic | Problem | None:
    if response.status_code == 201:
        response_201 = ConsultationPublic.from_dict(response.json())

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
) -> Response[ConsultationPublic | Problem]:
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
    body: VisitConsultation,
) -> Response[ConsultationPublic | Problem]:
    """走访：把走访发现的咨询登记入来访登记台账

     调用方：窗口工作人员（本街道的走访对象；登录账号即首问责任人）。来访人、联系方式、身份证号从走访对象带入，咨询事项默认为走访所见困难情况，方式为“走访发现”；每次走访登记一次（再次登记 409）。

    Args:
        visit_id (int): 数据库编号
        body (VisitConsultation): Register the household's question found on a visit in the
            consultation register (首问负责).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConsultationPublic | Problem]
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
    body: VisitConsultation,
) -> ConsultationPublic | Problem | None:
    """走访：把走访发现的咨询登记入来访登记台账

     调用方：窗口工作人员（本街道的走访对象；登录账号即首问责任人）。来访人、联系方式、身份证号从走访对象带入，咨询事项默认为走访所见困难情况，方式为“走访发现”；每次走访登记一次（再次登记 409）。

    Args:
        visit_id (int): 数据库编号
        body (VisitConsultation): Register the household's question found on a visit in the
            consultation register (首问负责).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConsultationPublic | Problem
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
    body: VisitConsultation,
) -> Response[ConsultationPublic | Problem]:
    """走访：把走访发现的咨询登记入来访登记台账

     调用方：窗口工作人员（本街道的走访对象；登录账号即首问责任人）。来访人、联系方式、身份证号从走访对象带入，咨询事项默认为走访所见困难情况，方式为“走访发现”；每次走访登记一次（再次登记 409）。

    Args:
        visit_id (int): 数据库编号
        body (VisitConsultation): Register the household's question found on a visit in the
            consultation register (首问负责).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConsultationPublic | Problem]
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
    body: VisitConsultation,
) -> ConsultationPublic | Problem | None:
    """走访：把走访发现的咨询登记入来访登记台账

     调用方：窗口工作人员（本街道的走访对象；登录账号即首问责任人）。来访人、联系方式、身份证号从走访对象带入，咨询事项默认为走访所见困难情况，方式为“走访发现”；每次走访登记一次（再次登记 409）。

    Args:
        visit_id (int): 数据库编号
        body (VisitConsultation): Register the household's question found on a visit in the
            consultation register (首问负责).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConsultationPublic | Problem
    """

    return (
        await asyncio_detailed(
            visit_id=visit_id,
            client=client,
            body=body,
        )
    ).parsed
