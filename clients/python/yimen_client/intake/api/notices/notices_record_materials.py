from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.application_public import ApplicationPublic
from ...models.materials_received import MaterialsReceived
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    application_id: int,
    *,
    body: MaterialsReceived,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/applications/{application_id}/materials".format(
            application_id=quote(str(application_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApplicationPublic | Problem | None:
    if response.status_code == 200:
        response_200 = ApplicationPublic.from_dict(response.json())

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

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

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
    body: MaterialsReceived,
) -> Response[ApplicationPublic | Problem]:
    """登记收取的材料或补正材料

     调用方：窗口工作人员（window_staff），仅限本人所在区域的案件。

    出具一次性告知清单前：登记申请人带来的材料。之后：登记一次补正（第N次），补正中出现告知清单未列的材料即记为告知遗漏（期限自第一次补正起算，不让申请人为遗漏买单）。返回变更后的完整案件。

    Args:
        application_id (int): 数据库编号
        body (MaterialsReceived): Materials the applicant brought (a supplement once a notice was
            issued).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApplicationPublic | Problem]
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
    body: MaterialsReceived,
) -> ApplicationPublic | Problem | None:
    """登记收取的材料或补正材料

     调用方：窗口工作人员（window_staff），仅限本人所在区域的案件。

    出具一次性告知清单前：登记申请人带来的材料。之后：登记一次补正（第N次），补正中出现告知清单未列的材料即记为告知遗漏（期限自第一次补正起算，不让申请人为遗漏买单）。返回变更后的完整案件。

    Args:
        application_id (int): 数据库编号
        body (MaterialsReceived): Materials the applicant brought (a supplement once a notice was
            issued).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApplicationPublic | Problem
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
    body: MaterialsReceived,
) -> Response[ApplicationPublic | Problem]:
    """登记收取的材料或补正材料

     调用方：窗口工作人员（window_staff），仅限本人所在区域的案件。

    出具一次性告知清单前：登记申请人带来的材料。之后：登记一次补正（第N次），补正中出现告知清单未列的材料即记为告知遗漏（期限自第一次补正起算，不让申请人为遗漏买单）。返回变更后的完整案件。

    Args:
        application_id (int): 数据库编号
        body (MaterialsReceived): Materials the applicant brought (a supplement once a notice was
            issued).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApplicationPublic | Problem]
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
    body: MaterialsReceived,
) -> ApplicationPublic | Problem | None:
    """登记收取的材料或补正材料

     调用方：窗口工作人员（window_staff），仅限本人所在区域的案件。

    出具一次性告知清单前：登记申请人带来的材料。之后：登记一次补正（第N次），补正中出现告知清单未列的材料即记为告知遗漏（期限自第一次补正起算，不让申请人为遗漏买单）。返回变更后的完整案件。

    Args:
        application_id (int): 数据库编号
        body (MaterialsReceived): Materials the applicant brought (a supplement once a notice was
            issued).

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
            body=body,
        )
    ).parsed
