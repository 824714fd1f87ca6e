from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.consultation_create import ConsultationCreate
from ...models.consultation_public import ConsultationPublic
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    *,
    body: ConsultationCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/consultations",
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
) -> Response[ConsultationPublic | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ConsultationCreate,
) -> Response[ConsultationPublic | Problem]:
    """来访登记（首问负责）

     调用方：窗口工作人员、部门经办人。登记每一次来访、来电或网上咨询（无论是否申请）：来访人、联系方式、时间、方式、咨询事项、答复或一次性告知（关联事项目录）；登录账号即首问责任人；填写
    `follow_up_days` 时按工作日算出回访期限。

    Args:
        body (ConsultationCreate): A visit, call or online question, recorded by the staff member
            who took it (首问责任人).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConsultationPublic | Problem]
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
    body: ConsultationCreate,
) -> ConsultationPublic | Problem | None:
    """来访登记（首问负责）

     调用方：窗口工作人员、部门经办人。登记每一次来访、来电或网上咨询（无论是否申请）：来访人、联系方式、时间、方式、咨询事项、答复或一次性告知（关联事项目录）；登录账号即首问责任人；填写
    `follow_up_days` 时按工作日算出回访期限。

    Args:
        body (ConsultationCreate): A visit, call or online question, recorded by the staff member
            who took it (首问责任人).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConsultationPublic | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ConsultationCreate,
) -> Response[ConsultationPublic | Problem]:
    """来访登记（首问负责）

     调用方：窗口工作人员、部门经办人。登记每一次来访、来电或网上咨询（无论是否申请）：来访人、联系方式、时间、方式、咨询事项、答复或一次性告知（关联事项目录）；登录账号即首问责任人；填写
    `follow_up_days` 时按工作日算出回访期限。

    Args:
        body (ConsultationCreate): A visit, call or online question, recorded by the staff member
            who took it (首问责任人).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConsultationPublic | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ConsultationCreate,
) -> ConsultationPublic | Problem | None:
    """来访登记（首问负责）

     调用方：窗口工作人员、部门经办人。登记每一次来访、来电或网上咨询（无论是否申请）：来访人、联系方式、时间、方式、咨询事项、答复或一次性告知（关联事项目录）；登录账号即首问责任人；填写
    `follow_up_days` 时按工作日算出回访期限。

    Args:
        body (ConsultationCreate): A visit, call or online question, recorded by the staff member
            who took it (首问责任人).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConsultationPublic | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
