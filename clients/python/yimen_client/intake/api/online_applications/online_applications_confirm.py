from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.online_confirm import OnlineConfirm
from ...models.problem import Problem
from ...models.registration_public import RegistrationPublic
from ...types import Response


def _get_kwargs(
    online_id: int,
    *,
    body: OnlineConfirm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/online-applications/{online_id}/confirm".format(
            online_id=quote(str(online_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | RegistrationPublic | None:
    if response.status_code == 201:
        response_201 = RegistrationPublic.from_dict(response.json())

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
) -> Response[Problem | RegistrationPublic]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    online_id: int,
    *,
    client: AuthenticatedClient,
    body: OnlineConfirm,
) -> Response[Problem | RegistrationPublic]:
    """确认网上申请（登记为案件）

     调用方：窗口工作人员（本区域）。把网上申请登记为案件（渠道 online，首问责任人为确认人，收到申请日期为网上提交日），此后一次性告知、受理与办理时限与窗口申请相同；重复救助核查同窗口登记（409
    时填写理由）；确认后以短信告知申请人案件编号（短信失败不影响登记）。

    Args:
        online_id (int): 数据库编号
        body (OnlineConfirm): The window confirms: optionally corrects the items, records
            materials seen, acknowledges duplicates.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RegistrationPublic]
    """

    kwargs = _get_kwargs(
        online_id=online_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    online_id: int,
    *,
    client: AuthenticatedClient,
    body: OnlineConfirm,
) -> Problem | RegistrationPublic | None:
    """确认网上申请（登记为案件）

     调用方：窗口工作人员（本区域）。把网上申请登记为案件（渠道 online，首问责任人为确认人，收到申请日期为网上提交日），此后一次性告知、受理与办理时限与窗口申请相同；重复救助核查同窗口登记（409
    时填写理由）；确认后以短信告知申请人案件编号（短信失败不影响登记）。

    Args:
        online_id (int): 数据库编号
        body (OnlineConfirm): The window confirms: optionally corrects the items, records
            materials seen, acknowledges duplicates.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RegistrationPublic
    """

    return sync_detailed(
        online_id=online_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    online_id: int,
    *,
    client: AuthenticatedClient,
    body: OnlineConfirm,
) -> Response[Problem | RegistrationPublic]:
    """确认网上申请（登记为案件）

     调用方：窗口工作人员（本区域）。把网上申请登记为案件（渠道 online，首问责任人为确认人，收到申请日期为网上提交日），此后一次性告知、受理与办理时限与窗口申请相同；重复救助核查同窗口登记（409
    时填写理由）；确认后以短信告知申请人案件编号（短信失败不影响登记）。

    Args:
        online_id (int): 数据库编号
        body (OnlineConfirm): The window confirms: optionally corrects the items, records
            materials seen, acknowledges duplicates.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RegistrationPublic]
    """

    kwargs = _get_kwargs(
        online_id=online_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    online_id: int,
    *,
    client: AuthenticatedClient,
    body: OnlineConfirm,
) -> Problem | RegistrationPublic | None:
    """确认网上申请（登记为案件）

     调用方：窗口工作人员（本区域）。把网上申请登记为案件（渠道 online，首问责任人为确认人，收到申请日期为网上提交日），此后一次性告知、受理与办理时限与窗口申请相同；重复救助核查同窗口登记（409
    时填写理由）；确认后以短信告知申请人案件编号（短信失败不影响登记）。

    Args:
        online_id (int): 数据库编号
        body (OnlineConfirm): The window confirms: optionally corrects the items, records
            materials seen, acknowledges duplicates.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RegistrationPublic
    """

    return (
        await asyncio_detailed(
            online_id=online_id,
            client=client,
            body=body,
        )
    ).parsed
