from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.appointment_public import AppointmentPublic
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    appointment_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/appointments/{appointment_id}/arrive".format(
            appointment_id=quote(str(appointment_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AppointmentPublic | Problem | None:
    if response.status_code == 200:
        response_200 = AppointmentPublic.from_dict(response.json())

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
) -> Response[AppointmentPublic | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    appointment_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[AppointmentPublic | Problem]:
    """预约：登记到场

     调用方：窗口工作人员、监督人员、管理员，仅限各自区域；列表中的手机号打码。

    Args:
        appointment_id (int): 数据库编号

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppointmentPublic | Problem]
    """

    kwargs = _get_kwargs(
        appointment_id=appointment_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    appointment_id: int,
    *,
    client: AuthenticatedClient,
) -> AppointmentPublic | Problem | None:
    """预约：登记到场

     调用方：窗口工作人员、监督人员、管理员，仅限各自区域；列表中的手机号打码。

    Args:
        appointment_id (int): 数据库编号

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppointmentPublic | Problem
    """

    return sync_detailed(
        appointment_id=appointment_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    appointment_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[AppointmentPublic | Problem]:
    """预约：登记到场

     调用方：窗口工作人员、监督人员、管理员，仅限各自区域；列表中的手机号打码。

    Args:
        appointment_id (int): 数据库编号

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppointmentPublic | Problem]
    """

    kwargs = _get_kwargs(
        appointment_id=appointment_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    appointment_id: int,
    *,
    client: AuthenticatedClient,
) -> AppointmentPublic | Problem | None:
    """预约：登记到场

     调用方：窗口工作人员、监督人员、管理员，仅限各自区域；列表中的手机号打码。

    Args:
        appointment_id (int): 数据库编号

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppointmentPublic | Problem
    """

    return (
        await asyncio_detailed(
            appointment_id=appointment_id,
            client=client,
        )
    ).parsed
