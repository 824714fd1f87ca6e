from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.early_aid_in import EarlyAidIn
from ...models.emergency_aid_public import EmergencyAidPublic
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    case_id: int,
    *,
    body: EarlyAidIn,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/cases/{case_id}/emergency-aid/before-acceptance".format(
            case_id=quote(str(case_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EmergencyAidPublic | Problem | None:
    if response.status_code == 201:
        response_201 = EmergencyAidPublic.from_dict(response.json())

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
) -> Response[EmergencyAidPublic | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    case_id: int,
    *,
    client: AuthenticatedClient,
    body: EarlyAidIn,
) -> Response[EmergencyAidPublic | Problem]:
    """受理前登记先行救助（受理服务调用）

     仅限内部服务令牌（受理服务在窗口登记先行救助时同步调用）。

    情况紧急的案件，登记（尚未受理）时即可先行救助：转办服务尚无此案件时按登记信息建立案件（无通知单），
    受理后转办时补全并发出通知单；补齐手续期限自救助之日起算。先行救助计入临时救助每户每年次数与金额上限，
    超过时为 409（列出已救助次数与金额，案件与救助都不保存），资格服务不可用时为 503。

    Args:
        case_id (int): 数据库编号
        body (EarlyAidIn): POST /v1/cases/{case_id}/emergency-aid/before-acceptance (intake only):
            the case, the aid, the clerk.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmergencyAidPublic | Problem]
    """

    kwargs = _get_kwargs(
        case_id=case_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    case_id: int,
    *,
    client: AuthenticatedClient,
    body: EarlyAidIn,
) -> EmergencyAidPublic | Problem | None:
    """受理前登记先行救助（受理服务调用）

     仅限内部服务令牌（受理服务在窗口登记先行救助时同步调用）。

    情况紧急的案件，登记（尚未受理）时即可先行救助：转办服务尚无此案件时按登记信息建立案件（无通知单），
    受理后转办时补全并发出通知单；补齐手续期限自救助之日起算。先行救助计入临时救助每户每年次数与金额上限，
    超过时为 409（列出已救助次数与金额，案件与救助都不保存），资格服务不可用时为 503。

    Args:
        case_id (int): 数据库编号
        body (EarlyAidIn): POST /v1/cases/{case_id}/emergency-aid/before-acceptance (intake only):
            the case, the aid, the clerk.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmergencyAidPublic | Problem
    """

    return sync_detailed(
        case_id=case_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    case_id: int,
    *,
    client: AuthenticatedClient,
    body: EarlyAidIn,
) -> Response[EmergencyAidPublic | Problem]:
    """受理前登记先行救助（受理服务调用）

     仅限内部服务令牌（受理服务在窗口登记先行救助时同步调用）。

    情况紧急的案件，登记（尚未受理）时即可先行救助：转办服务尚无此案件时按登记信息建立案件（无通知单），
    受理后转办时补全并发出通知单；补齐手续期限自救助之日起算。先行救助计入临时救助每户每年次数与金额上限，
    超过时为 409（列出已救助次数与金额，案件与救助都不保存），资格服务不可用时为 503。

    Args:
        case_id (int): 数据库编号
        body (EarlyAidIn): POST /v1/cases/{case_id}/emergency-aid/before-acceptance (intake only):
            the case, the aid, the clerk.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmergencyAidPublic | Problem]
    """

    kwargs = _get_kwargs(
        case_id=case_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    case_id: int,
    *,
    client: AuthenticatedClient,
    body: EarlyAidIn,
) -> EmergencyAidPublic | Problem | None:
    """受理前登记先行救助（受理服务调用）

     仅限内部服务令牌（受理服务在窗口登记先行救助时同步调用）。

    情况紧急的案件，登记（尚未受理）时即可先行救助：转办服务尚无此案件时按登记信息建立案件（无通知单），
    受理后转办时补全并发出通知单；补齐手续期限自救助之日起算。先行救助计入临时救助每户每年次数与金额上限，
    超过时为 409（列出已救助次数与金额，案件与救助都不保存），资格服务不可用时为 503。

    Args:
        case_id (int): 数据库编号
        body (EarlyAidIn): POST /v1/cases/{case_id}/emergency-aid/before-acceptance (intake only):
            the case, the aid, the clerk.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmergencyAidPublic | Problem
    """

    return (
        await asyncio_detailed(
            case_id=case_id,
            client=client,
            body=body,
        )
    ).parsed
