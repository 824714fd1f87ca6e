from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.acknowledged import Acknowledged
from ...models.feedback import Feedback
from ...models.opinion import Opinion
from ...models.problem import Problem
from ...models.result import Result
from ...models.returned import Returned
from ...models.slip_detail import SlipDetail
from ...types import UNSET, Response, Unset


def _get_kwargs(
    slip_id: int,
    *,
    body: Acknowledged | Feedback | Opinion | Result | Returned,
    idempotency_key: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/slips/{slip_id}/events".format(
            slip_id=quote(str(slip_id), safe=""),
        ),
    }

    if (
        isinstance(body, Acknowledged)
        or isinstance(body, Opinion)
        or isinstance(body, Result)
        or isinstance(body, Feedback)
    ):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | SlipDetail | None:
    if response.status_code == 200:
        response_200 = SlipDetail.from_dict(response.json())

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
) -> Response[Problem | SlipDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    slip_id: int,
    *,
    client: AuthenticatedClient,
    body: Acknowledged | Feedback | Opinion | Result | Returned,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[Problem | SlipDetail]:
    """接收部门回执：签收、办理意见、办理结果、反馈、退回

     接收部门的经办人、协同部门系统（`ymp_` 令牌）；区民政局窗口签收转送通知单。

    按顺序：签收 → 3 个工作日内办理意见 → 办理结果（同意救助时登记金额即记为救助发放）→
    3 个工作日内反馈（负责人签字）；办结前可退回。顺序不对为 409；带 `Idempotency-Key` 重试只执行一次。
    临时救助的同意金额超过每户每年 2 次或 30000 元（含先行救助）时为 409，问题详情列出已救助次数、金额与上限；
    资格服务不可用、无法核对上限时为 503，均不写入。

    Args:
        slip_id (int): 数据库编号
        idempotency_key (None | str | Unset): 重试时带同一个键，只执行一次
        body (Acknowledged | Feedback | Opinion | Result | Returned):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SlipDetail]
    """

    kwargs = _get_kwargs(
        slip_id=slip_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    slip_id: int,
    *,
    client: AuthenticatedClient,
    body: Acknowledged | Feedback | Opinion | Result | Returned,
    idempotency_key: None | str | Unset = UNSET,
) -> Problem | SlipDetail | None:
    """接收部门回执：签收、办理意见、办理结果、反馈、退回

     接收部门的经办人、协同部门系统（`ymp_` 令牌）；区民政局窗口签收转送通知单。

    按顺序：签收 → 3 个工作日内办理意见 → 办理结果（同意救助时登记金额即记为救助发放）→
    3 个工作日内反馈（负责人签字）；办结前可退回。顺序不对为 409；带 `Idempotency-Key` 重试只执行一次。
    临时救助的同意金额超过每户每年 2 次或 30000 元（含先行救助）时为 409，问题详情列出已救助次数、金额与上限；
    资格服务不可用、无法核对上限时为 503，均不写入。

    Args:
        slip_id (int): 数据库编号
        idempotency_key (None | str | Unset): 重试时带同一个键，只执行一次
        body (Acknowledged | Feedback | Opinion | Result | Returned):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SlipDetail
    """

    return sync_detailed(
        slip_id=slip_id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    slip_id: int,
    *,
    client: AuthenticatedClient,
    body: Acknowledged | Feedback | Opinion | Result | Returned,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[Problem | SlipDetail]:
    """接收部门回执：签收、办理意见、办理结果、反馈、退回

     接收部门的经办人、协同部门系统（`ymp_` 令牌）；区民政局窗口签收转送通知单。

    按顺序：签收 → 3 个工作日内办理意见 → 办理结果（同意救助时登记金额即记为救助发放）→
    3 个工作日内反馈（负责人签字）；办结前可退回。顺序不对为 409；带 `Idempotency-Key` 重试只执行一次。
    临时救助的同意金额超过每户每年 2 次或 30000 元（含先行救助）时为 409，问题详情列出已救助次数、金额与上限；
    资格服务不可用、无法核对上限时为 503，均不写入。

    Args:
        slip_id (int): 数据库编号
        idempotency_key (None | str | Unset): 重试时带同一个键，只执行一次
        body (Acknowledged | Feedback | Opinion | Result | Returned):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SlipDetail]
    """

    kwargs = _get_kwargs(
        slip_id=slip_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    slip_id: int,
    *,
    client: AuthenticatedClient,
    body: Acknowledged | Feedback | Opinion | Result | Returned,
    idempotency_key: None | str | Unset = UNSET,
) -> Problem | SlipDetail | None:
    """接收部门回执：签收、办理意见、办理结果、反馈、退回

     接收部门的经办人、协同部门系统（`ymp_` 令牌）；区民政局窗口签收转送通知单。

    按顺序：签收 → 3 个工作日内办理意见 → 办理结果（同意救助时登记金额即记为救助发放）→
    3 个工作日内反馈（负责人签字）；办结前可退回。顺序不对为 409；带 `Idempotency-Key` 重试只执行一次。
    临时救助的同意金额超过每户每年 2 次或 30000 元（含先行救助）时为 409，问题详情列出已救助次数、金额与上限；
    资格服务不可用、无法核对上限时为 503，均不写入。

    Args:
        slip_id (int): 数据库编号
        idempotency_key (None | str | Unset): 重试时带同一个键，只执行一次
        body (Acknowledged | Feedback | Opinion | Result | Returned):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SlipDetail
    """

    return (
        await asyncio_detailed(
            slip_id=slip_id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
