from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.application_public import ApplicationPublic
from ...models.applications_get_purpose import (
    ApplicationsGetPurpose,
)
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    application_id: int,
    *,
    purpose: ApplicationsGetPurpose | Unset = "read",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_purpose: str | Unset = UNSET
    if not isinstance(purpose, Unset):
        json_purpose = purpose

    params["purpose"] = json_purpose

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/applications/{application_id}".format(
            application_id=quote(str(application_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApplicationPublic | Problem | None:
    if response.status_code == 200:
        response_200 = ApplicationPublic.from_dict(response.json())

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
    purpose: ApplicationsGetPurpose | Unset = "read",
) -> Response[ApplicationPublic | Problem]:
    """案件详情（含时间线、期限、通知单）

     调用方：窗口工作人员、监督人员、管理员，仅限各自区域的案件。

    案件的全部事实：申请人与家庭成员、事项、期限及计算依据、一次性告知清单、补正、暂停与延期、状态记录、时间线、转办通知单。每次读取记入个人信息访问记录；为打印告知书、回执而读取时带
    `purpose=print`，记为打印。

    Args:
        application_id (int): 数据库编号
        purpose (ApplicationsGetPurpose | Unset): read 查看；print 打印 Default: 'read'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApplicationPublic | Problem]
    """

    kwargs = _get_kwargs(
        application_id=application_id,
        purpose=purpose,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    application_id: int,
    *,
    client: AuthenticatedClient,
    purpose: ApplicationsGetPurpose | Unset = "read",
) -> ApplicationPublic | Problem | None:
    """案件详情（含时间线、期限、通知单）

     调用方：窗口工作人员、监督人员、管理员，仅限各自区域的案件。

    案件的全部事实：申请人与家庭成员、事项、期限及计算依据、一次性告知清单、补正、暂停与延期、状态记录、时间线、转办通知单。每次读取记入个人信息访问记录；为打印告知书、回执而读取时带
    `purpose=print`，记为打印。

    Args:
        application_id (int): 数据库编号
        purpose (ApplicationsGetPurpose | Unset): read 查看；print 打印 Default: 'read'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApplicationPublic | Problem
    """

    return sync_detailed(
        application_id=application_id,
        client=client,
        purpose=purpose,
    ).parsed


async def asyncio_detailed(
    application_id: int,
    *,
    client: AuthenticatedClient,
    purpose: ApplicationsGetPurpose | Unset = "read",
) -> Response[ApplicationPublic | Problem]:
    """案件详情（含时间线、期限、通知单）

     调用方：窗口工作人员、监督人员、管理员，仅限各自区域的案件。

    案件的全部事实：申请人与家庭成员、事项、期限及计算依据、一次性告知清单、补正、暂停与延期、状态记录、时间线、转办通知单。每次读取记入个人信息访问记录；为打印告知书、回执而读取时带
    `purpose=print`，记为打印。

    Args:
        application_id (int): 数据库编号
        purpose (ApplicationsGetPurpose | Unset): read 查看；print 打印 Default: 'read'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApplicationPublic | Problem]
    """

    kwargs = _get_kwargs(
        application_id=application_id,
        purpose=purpose,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    application_id: int,
    *,
    client: AuthenticatedClient,
    purpose: ApplicationsGetPurpose | Unset = "read",
) -> ApplicationPublic | Problem | None:
    """案件详情（含时间线、期限、通知单）

     调用方：窗口工作人员、监督人员、管理员，仅限各自区域的案件。

    案件的全部事实：申请人与家庭成员、事项、期限及计算依据、一次性告知清单、补正、暂停与延期、状态记录、时间线、转办通知单。每次读取记入个人信息访问记录；为打印告知书、回执而读取时带
    `purpose=print`，记为打印。

    Args:
        application_id (int): 数据库编号
        purpose (ApplicationsGetPurpose | Unset): read 查看；print 打印 Default: 'read'.

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
            purpose=purpose,
        )
    ).parsed
