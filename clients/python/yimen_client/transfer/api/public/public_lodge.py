from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.objection_create import ObjectionCreate
from ...models.objection_receipt import ObjectionReceipt
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    *,
    body: ObjectionCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/public/disclosures/objections",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ObjectionReceipt | Problem | None:
    if response.status_code == 201:
        response_201 = ObjectionReceipt.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ObjectionReceipt | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ObjectionCreate,
) -> Response[ObjectionReceipt | Problem]:
    """对公示提出异议（公众）

     调用方：公众，无需令牌。姓名脱敏（张*三、王*），不含身份证号、电话、住址。每个地址每小时最多 5 件（429）。

    指明公示条目（grant_id）或街道，写明异议和联系方式；返回异议编号，工作人员核实后答复。

    Args:
        body (ObjectionCreate): An objection from the public: which entry (or street), what is
            wrong, how to answer.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ObjectionReceipt | Problem]
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
    client: AuthenticatedClient | Client,
    body: ObjectionCreate,
) -> ObjectionReceipt | Problem | None:
    """对公示提出异议（公众）

     调用方：公众，无需令牌。姓名脱敏（张*三、王*），不含身份证号、电话、住址。每个地址每小时最多 5 件（429）。

    指明公示条目（grant_id）或街道，写明异议和联系方式；返回异议编号，工作人员核实后答复。

    Args:
        body (ObjectionCreate): An objection from the public: which entry (or street), what is
            wrong, how to answer.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ObjectionReceipt | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ObjectionCreate,
) -> Response[ObjectionReceipt | Problem]:
    """对公示提出异议（公众）

     调用方：公众，无需令牌。姓名脱敏（张*三、王*），不含身份证号、电话、住址。每个地址每小时最多 5 件（429）。

    指明公示条目（grant_id）或街道，写明异议和联系方式；返回异议编号，工作人员核实后答复。

    Args:
        body (ObjectionCreate): An objection from the public: which entry (or street), what is
            wrong, how to answer.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ObjectionReceipt | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ObjectionCreate,
) -> ObjectionReceipt | Problem | None:
    """对公示提出异议（公众）

     调用方：公众，无需令牌。姓名脱敏（张*三、王*），不含身份证号、电话、住址。每个地址每小时最多 5 件（429）。

    指明公示条目（grant_id）或街道，写明异议和联系方式；返回异议编号，工作人员核实后答复。

    Args:
        body (ObjectionCreate): An objection from the public: which entry (or street), what is
            wrong, how to answer.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ObjectionReceipt | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
