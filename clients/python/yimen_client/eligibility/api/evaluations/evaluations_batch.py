import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.batch_record import BatchRecord
from ...models.evaluations_batch_output import (
    EvaluationsBatchOutput,
)
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: list[BatchRecord],
    item_code: str,
    as_of: datetime.date,
    output: EvaluationsBatchOutput | Unset = "ndjson",
    progress_every: int | Unset = 10000,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["item_code"] = item_code

    json_as_of = as_of.isoformat()
    params["as_of"] = json_as_of

    json_output: str | Unset = UNSET
    if not isinstance(output, Unset):
        json_output = output

    params["output"] = json_output

    params["progress_every"] = progress_every

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/evaluations/batch",
        "params": params,
    }

    _kwargs["json"] = []
    for body_item_data in body:
        body_item = body_item_data.to_dict()
        _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | str | None:
    if response.status_code == 200:
        response_200 = response.text
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

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Problem | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: list[BatchRecord],
    item_code: str,
    as_of: datetime.date,
    output: EvaluationsBatchOutput | Unset = "ndjson",
    progress_every: int | Unset = 10000,
) -> Response[Problem | str]:
    """批量测算（年审/清查）：流式输入、流式输出

     工作人员（窗口、部门、监督、管理员）。年审、清查时一次测算成千上万户。

    请求体为 JSON 数组、JSON lines（每行一条 `BatchRecord`）或 CSV（表头为事实名，可选 `id` 列），边读边算，
    内存占用不随户数增长（CSV 输入、CSV 输出按列向量化处理，百万户约数秒）。整批读完后开始输出。输出逐户一行：
    `row`、`id`、`outcome`、各条件结果、`missing_facts`；读不了的记录输出 `error` 并指明行与字段，不中断整批。
    ndjson 输出首行为 `batch`（规则版本与参数取值），每 `progress_every` 户一行 `progress`，末行 `summary`。
    事项没有规则为 404；Content-Type 不支持，CSV 缺少表头、列名重复（`header.<列名>`）、表头没有本事项读取的事实，
    或开头部分不是 UTF-8 文本（指明行），均为 422。

    Args:
        item_code (str):
        as_of (datetime.date):
        output (EvaluationsBatchOutput | Unset):  Default: 'ndjson'.
        progress_every (int | Unset):  Default: 10000.
        body (list[BatchRecord]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | str]
    """

    kwargs = _get_kwargs(
        body=body,
        item_code=item_code,
        as_of=as_of,
        output=output,
        progress_every=progress_every,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: list[BatchRecord],
    item_code: str,
    as_of: datetime.date,
    output: EvaluationsBatchOutput | Unset = "ndjson",
    progress_every: int | Unset = 10000,
) -> Problem | str | None:
    """批量测算（年审/清查）：流式输入、流式输出

     工作人员（窗口、部门、监督、管理员）。年审、清查时一次测算成千上万户。

    请求体为 JSON 数组、JSON lines（每行一条 `BatchRecord`）或 CSV（表头为事实名，可选 `id` 列），边读边算，
    内存占用不随户数增长（CSV 输入、CSV 输出按列向量化处理，百万户约数秒）。整批读完后开始输出。输出逐户一行：
    `row`、`id`、`outcome`、各条件结果、`missing_facts`；读不了的记录输出 `error` 并指明行与字段，不中断整批。
    ndjson 输出首行为 `batch`（规则版本与参数取值），每 `progress_every` 户一行 `progress`，末行 `summary`。
    事项没有规则为 404；Content-Type 不支持，CSV 缺少表头、列名重复（`header.<列名>`）、表头没有本事项读取的事实，
    或开头部分不是 UTF-8 文本（指明行），均为 422。

    Args:
        item_code (str):
        as_of (datetime.date):
        output (EvaluationsBatchOutput | Unset):  Default: 'ndjson'.
        progress_every (int | Unset):  Default: 10000.
        body (list[BatchRecord]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | str
    """

    return sync_detailed(
        client=client,
        body=body,
        item_code=item_code,
        as_of=as_of,
        output=output,
        progress_every=progress_every,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: list[BatchRecord],
    item_code: str,
    as_of: datetime.date,
    output: EvaluationsBatchOutput | Unset = "ndjson",
    progress_every: int | Unset = 10000,
) -> Response[Problem | str]:
    """批量测算（年审/清查）：流式输入、流式输出

     工作人员（窗口、部门、监督、管理员）。年审、清查时一次测算成千上万户。

    请求体为 JSON 数组、JSON lines（每行一条 `BatchRecord`）或 CSV（表头为事实名，可选 `id` 列），边读边算，
    内存占用不随户数增长（CSV 输入、CSV 输出按列向量化处理，百万户约数秒）。整批读完后开始输出。输出逐户一行：
    `row`、`id`、`outcome`、各条件结果、`missing_facts`；读不了的记录输出 `error` 并指明行与字段，不中断整批。
    ndjson 输出首行为 `batch`（规则版本与参数取值），每 `progress_every` 户一行 `progress`，末行 `summary`。
    事项没有规则为 404；Content-Type 不支持，CSV 缺少表头、列名重复（`header.<列名>`）、表头没有本事项读取的事实，
    或开头部分不是 UTF-8 文本（指明行），均为 422。

    Args:
        item_code (str):
        as_of (datetime.date):
        output (EvaluationsBatchOutput | Unset):  Default: 'ndjson'.
        progress_every (int | Unset):  Default: 10000.
        body (list[BatchRecord]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | str]
    """

    kwargs = _get_kwargs(
        body=body,
        item_code=item_code,
        as_of=as_of,
        output=output,
        progress_every=progress_every,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: list[BatchRecord],
    item_code: str,
    as_of: datetime.date,
    output: EvaluationsBatchOutput | Unset = "ndjson",
    progress_every: int | Unset = 10000,
) -> Problem | str | None:
    """批量测算（年审/清查）：流式输入、流式输出

     工作人员（窗口、部门、监督、管理员）。年审、清查时一次测算成千上万户。

    请求体为 JSON 数组、JSON lines（每行一条 `BatchRecord`）或 CSV（表头为事实名，可选 `id` 列），边读边算，
    内存占用不随户数增长（CSV 输入、CSV 输出按列向量化处理，百万户约数秒）。整批读完后开始输出。输出逐户一行：
    `row`、`id`、`outcome`、各条件结果、`missing_facts`；读不了的记录输出 `error` 并指明行与字段，不中断整批。
    ndjson 输出首行为 `batch`（规则版本与参数取值），每 `progress_every` 户一行 `progress`，末行 `summary`。
    事项没有规则为 404；Content-Type 不支持，CSV 缺少表头、列名重复（`header.<列名>`）、表头没有本事项读取的事实，
    或开头部分不是 UTF-8 文本（指明行），均为 422。

    Args:
        item_code (str):
        as_of (datetime.date):
        output (EvaluationsBatchOutput | Unset):  Default: 'ndjson'.
        progress_every (int | Unset):  Default: 10000.
        body (list[BatchRecord]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            item_code=item_code,
            as_of=as_of,
            output=output,
            progress_every=progress_every,
        )
    ).parsed
