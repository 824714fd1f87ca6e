from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.consultation_public import ConsultationPublic
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    consultation_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/consultations/{consultation_id}".format(
            consultation_id=quote(str(consultation_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConsultationPublic | Problem | None:
    if response.status_code == 200:
        response_200 = ConsultationPublic.from_dict(response.json())

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
) -> Response[ConsultationPublic | Problem]:
    """来访登记详情

     调用方：窗口工作人员、部门经办人、监督人员、管理员，仅限各自区域（镇街只见本镇街，区级见全区）。

    完整记录（含联系方式和身份证号），每次查看留痕。

    Args:
        consultation_id (int): 数据库编号

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConsultationPublic | Problem]
    """

    kwargs = _get_kwargs(
        consultation_id=consultation_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    consultation_id: int,
    *,
    client: AuthenticatedClient,
) -> ConsultationPublic | Problem | None:
    """来访登记详情

     调用方：窗口工作人员、部门经办人、监督人员、管理员，仅限各自区域（镇街只见本镇街，区级见全区）。

    完整记录（含联系方式和身份证号），每次查看留痕。

    Args:
        consultation_id (int): 数据库编号

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConsultationPublic | Problem
    """

    return sync_detailed(
        consultation_id=consultation_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    consultation_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[ConsultationPublic | Problem]:
    """来访登记详情

     调用方：窗口工作人员、部门经办人、监督人员、管理员，仅限各自区域（镇街只见本镇街，区级见全区）。

    完整记录（含联系方式和身份证号），每次查看留痕。

    Args:
        consultation_id (int): 数据库编号

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConsultationPublic | Problem]
    """

    kwargs = _get_kwargs(
        consultation_id=consultation_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    consultation_id: int,
    *,
    client: AuthenticatedClient,
) -> ConsultationPublic | Problem | None:
    """来访登记详情

     调用方：窗口工作人员、部门经办人、监督人员、管理员，仅限各自区域（镇街只见本镇街，区级见全区）。

    完整记录（含联系方式和身份证号），每次查看留痕。

    Args:
        consultation_id (int): 数据库编号

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
        )
    ).parsed
