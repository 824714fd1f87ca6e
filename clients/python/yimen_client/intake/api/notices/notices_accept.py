from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.accept_request import AcceptRequest
from ...models.application_public import ApplicationPublic
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    application_id: int,
    *,
    body: AcceptRequest | None | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/applications/{application_id}/accept".format(
            application_id=quote(str(application_id), safe=""),
        ),
    }

    if isinstance(body, AcceptRequest):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body

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
    body: AcceptRequest | None | Unset = UNSET,
) -> Response[ApplicationPublic | Problem]:
    """受理（出具受理回执，移交转办）

     调用方：窗口工作人员（window_staff），仅限本人所在区域的案件。

    材料齐全（按救助事项目录核对，告知清单所列均已补齐）时作出受理决定：编号回执、计算承诺办结日期，并在同一事务中把案件排入移交转办服务的队列。返回变更后的完整案件（含
    `receipt_number`、`deadline`）。材料不齐为 409 并列出尚缺材料（`missing`），除非给出容缺受理决定
    `tolerate_missing`（理由与恰为尚缺的材料，补齐期限默认受理后5个工作日），决定记入案件时间线与受理回执；目录不可用时 503。

    Args:
        application_id (int): 数据库编号
        body (AcceptRequest | None | Unset):

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
    body: AcceptRequest | None | Unset = UNSET,
) -> ApplicationPublic | Problem | None:
    """受理（出具受理回执，移交转办）

     调用方：窗口工作人员（window_staff），仅限本人所在区域的案件。

    材料齐全（按救助事项目录核对，告知清单所列均已补齐）时作出受理决定：编号回执、计算承诺办结日期，并在同一事务中把案件排入移交转办服务的队列。返回变更后的完整案件（含
    `receipt_number`、`deadline`）。材料不齐为 409 并列出尚缺材料（`missing`），除非给出容缺受理决定
    `tolerate_missing`（理由与恰为尚缺的材料，补齐期限默认受理后5个工作日），决定记入案件时间线与受理回执；目录不可用时 503。

    Args:
        application_id (int): 数据库编号
        body (AcceptRequest | None | Unset):

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
    body: AcceptRequest | None | Unset = UNSET,
) -> Response[ApplicationPublic | Problem]:
    """受理（出具受理回执，移交转办）

     调用方：窗口工作人员（window_staff），仅限本人所在区域的案件。

    材料齐全（按救助事项目录核对，告知清单所列均已补齐）时作出受理决定：编号回执、计算承诺办结日期，并在同一事务中把案件排入移交转办服务的队列。返回变更后的完整案件（含
    `receipt_number`、`deadline`）。材料不齐为 409 并列出尚缺材料（`missing`），除非给出容缺受理决定
    `tolerate_missing`（理由与恰为尚缺的材料，补齐期限默认受理后5个工作日），决定记入案件时间线与受理回执；目录不可用时 503。

    Args:
        application_id (int): 数据库编号
        body (AcceptRequest | None | Unset):

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
    body: AcceptRequest | None | Unset = UNSET,
) -> ApplicationPublic | Problem | None:
    """受理（出具受理回执，移交转办）

     调用方：窗口工作人员（window_staff），仅限本人所在区域的案件。

    材料齐全（按救助事项目录核对，告知清单所列均已补齐）时作出受理决定：编号回执、计算承诺办结日期，并在同一事务中把案件排入移交转办服务的队列。返回变更后的完整案件（含
    `receipt_number`、`deadline`）。材料不齐为 409 并列出尚缺材料（`missing`），除非给出容缺受理决定
    `tolerate_missing`（理由与恰为尚缺的材料，补齐期限默认受理后5个工作日），决定记入案件时间线与受理回执；目录不可用时 503。

    Args:
        application_id (int): 数据库编号
        body (AcceptRequest | None | Unset):

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
