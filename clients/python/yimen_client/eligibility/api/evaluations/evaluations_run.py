from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.evaluation_request import EvaluationRequest
from ...models.evaluation_result import EvaluationResult
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    *,
    body: EvaluationRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/evaluations",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EvaluationResult | Problem | None:
    if response.status_code == 200:
        response_200 = EvaluationResult.from_dict(response.json())

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
) -> Response[EvaluationResult | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: EvaluationRequest,
) -> Response[EvaluationResult | Problem]:
    """资格测算（逐条说明）

     工作人员（窗口、部门、监督、管理员）。

    一户一个事项在某日的资格：每个条件给出 passed / failed / unknown 及所用数字；缺少事实得
    `needs_facts` 并列出缺少的事实，事实格式错误为 422 并指明 `facts.<名称>`。给出 `household_id_numbers`
    时，本年度救助次数与金额取自转办服务的救助记录（转办服务不可用时照常测算并在 `notes` 中说明）。

    Args:
        body (EvaluationRequest): Evaluate one household for one item on a date.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EvaluationResult | Problem]
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
    body: EvaluationRequest,
) -> EvaluationResult | Problem | None:
    """资格测算（逐条说明）

     工作人员（窗口、部门、监督、管理员）。

    一户一个事项在某日的资格：每个条件给出 passed / failed / unknown 及所用数字；缺少事实得
    `needs_facts` 并列出缺少的事实，事实格式错误为 422 并指明 `facts.<名称>`。给出 `household_id_numbers`
    时，本年度救助次数与金额取自转办服务的救助记录（转办服务不可用时照常测算并在 `notes` 中说明）。

    Args:
        body (EvaluationRequest): Evaluate one household for one item on a date.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EvaluationResult | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: EvaluationRequest,
) -> Response[EvaluationResult | Problem]:
    """资格测算（逐条说明）

     工作人员（窗口、部门、监督、管理员）。

    一户一个事项在某日的资格：每个条件给出 passed / failed / unknown 及所用数字；缺少事实得
    `needs_facts` 并列出缺少的事实，事实格式错误为 422 并指明 `facts.<名称>`。给出 `household_id_numbers`
    时，本年度救助次数与金额取自转办服务的救助记录（转办服务不可用时照常测算并在 `notes` 中说明）。

    Args:
        body (EvaluationRequest): Evaluate one household for one item on a date.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EvaluationResult | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: EvaluationRequest,
) -> EvaluationResult | Problem | None:
    """资格测算（逐条说明）

     工作人员（窗口、部门、监督、管理员）。

    一户一个事项在某日的资格：每个条件给出 passed / failed / unknown 及所用数字；缺少事实得
    `needs_facts` 并列出缺少的事实，事实格式错误为 422 并指明 `facts.<名称>`。给出 `household_id_numbers`
    时，本年度救助次数与金额取自转办服务的救助记录（转办服务不可用时照常测算并在 `notes` 中说明）。

    Args:
        body (EvaluationRequest): Evaluate one household for one item on a date.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EvaluationResult | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
