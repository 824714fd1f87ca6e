from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.emergency_aid_create import EmergencyAidCreate
from ...models.emergency_aid_public import EmergencyAidPublic
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    application_id: int,
    *,
    body: EmergencyAidCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/applications/{application_id}/emergency-aid".format(
            application_id=quote(str(application_id), safe=""),
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
    application_id: int,
    *,
    client: AuthenticatedClient,
    body: EmergencyAidCreate,
) -> Response[EmergencyAidPublic | Problem]:
    """先行救助（受理前亦可）

     调用方：窗口工作人员（window_staff），仅限本人所在区域的案件。

    情况紧急的申请，登记后即可先行救助，不必等受理（先救助、后补手续）。救助计入临时救助每户每年次数与金额上限，
    由转办服务当场核对：超过时为 409（列出已救助次数与金额），什么都不保存；转办或资格服务不可用时为 503。
    未标记情况紧急的申请为 409；已办结、撤回或不予受理的为 409。

    Args:
        application_id (int): 数据库编号
        body (EmergencyAidCreate): Who gave what, how much (yuan, a decimal string; 0 for aid in
            kind) and on which day (default today).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmergencyAidPublic | Problem]
    """

    kwargs = _get_kwargs(
        application_id=application_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    application_id: int,
    *,
    client: AuthenticatedClient,
    body: EmergencyAidCreate,
) -> EmergencyAidPublic | Problem | None:
    """先行救助（受理前亦可）

     调用方：窗口工作人员（window_staff），仅限本人所在区域的案件。

    情况紧急的申请，登记后即可先行救助，不必等受理（先救助、后补手续）。救助计入临时救助每户每年次数与金额上限，
    由转办服务当场核对：超过时为 409（列出已救助次数与金额），什么都不保存；转办或资格服务不可用时为 503。
    未标记情况紧急的申请为 409；已办结、撤回或不予受理的为 409。

    Args:
        application_id (int): 数据库编号
        body (EmergencyAidCreate): Who gave what, how much (yuan, a decimal string; 0 for aid in
            kind) and on which day (default today).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmergencyAidPublic | Problem
    """

    return sync_detailed(
        application_id=application_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    application_id: int,
    *,
    client: AuthenticatedClient,
    body: EmergencyAidCreate,
) -> Response[EmergencyAidPublic | Problem]:
    """先行救助（受理前亦可）

     调用方：窗口工作人员（window_staff），仅限本人所在区域的案件。

    情况紧急的申请，登记后即可先行救助，不必等受理（先救助、后补手续）。救助计入临时救助每户每年次数与金额上限，
    由转办服务当场核对：超过时为 409（列出已救助次数与金额），什么都不保存；转办或资格服务不可用时为 503。
    未标记情况紧急的申请为 409；已办结、撤回或不予受理的为 409。

    Args:
        application_id (int): 数据库编号
        body (EmergencyAidCreate): Who gave what, how much (yuan, a decimal string; 0 for aid in
            kind) and on which day (default today).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmergencyAidPublic | Problem]
    """

    kwargs = _get_kwargs(
        application_id=application_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    application_id: int,
    *,
    client: AuthenticatedClient,
    body: EmergencyAidCreate,
) -> EmergencyAidPublic | Problem | None:
    """先行救助（受理前亦可）

     调用方：窗口工作人员（window_staff），仅限本人所在区域的案件。

    情况紧急的申请，登记后即可先行救助，不必等受理（先救助、后补手续）。救助计入临时救助每户每年次数与金额上限，
    由转办服务当场核对：超过时为 409（列出已救助次数与金额），什么都不保存；转办或资格服务不可用时为 503。
    未标记情况紧急的申请为 409；已办结、撤回或不予受理的为 409。

    Args:
        application_id (int): 数据库编号
        body (EmergencyAidCreate): Who gave what, how much (yuan, a decimal string; 0 for aid in
            kind) and on which day (default today).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmergencyAidPublic | Problem
    """

    return (
        await asyncio_detailed(
            application_id=application_id,
            client=client,
            body=body,
        )
    ).parsed
