from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.correct_in import CorrectIn
from ...models.payment_public import PaymentPublic
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    payment_id: int,
    *,
    body: CorrectIn,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/payments/{payment_id}/correction".format(
            payment_id=quote(str(payment_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PaymentPublic | Problem | None:
    if response.status_code == 200:
        response_200 = PaymentPublic.from_dict(response.json())

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PaymentPublic | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    payment_id: int,
    *,
    client: AuthenticatedClient,
    body: CorrectIn,
) -> Response[PaymentPublic | Problem]:
    """更正账户并重发

     本街道工作人员。发放失败的记录更正账户后回到待发放，列入下一次生成的名册。

    Args:
        payment_id (int): 数据库编号
        body (CorrectIn): A failed payment's corrected account (and name as the bank has it); it
            goes on the next list.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaymentPublic | Problem]
    """

    kwargs = _get_kwargs(
        payment_id=payment_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    payment_id: int,
    *,
    client: AuthenticatedClient,
    body: CorrectIn,
) -> PaymentPublic | Problem | None:
    """更正账户并重发

     本街道工作人员。发放失败的记录更正账户后回到待发放，列入下一次生成的名册。

    Args:
        payment_id (int): 数据库编号
        body (CorrectIn): A failed payment's corrected account (and name as the bank has it); it
            goes on the next list.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaymentPublic | Problem
    """

    return sync_detailed(
        payment_id=payment_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    payment_id: int,
    *,
    client: AuthenticatedClient,
    body: CorrectIn,
) -> Response[PaymentPublic | Problem]:
    """更正账户并重发

     本街道工作人员。发放失败的记录更正账户后回到待发放，列入下一次生成的名册。

    Args:
        payment_id (int): 数据库编号
        body (CorrectIn): A failed payment's corrected account (and name as the bank has it); it
            goes on the next list.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaymentPublic | Problem]
    """

    kwargs = _get_kwargs(
        payment_id=payment_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    payment_id: int,
    *,
    client: AuthenticatedClient,
    body: CorrectIn,
) -> PaymentPublic | Problem | None:
    """更正账户并重发

     本街道工作人员。发放失败的记录更正账户后回到待发放，列入下一次生成的名册。

    Args:
        payment_id (int): 数据库编号
        body (CorrectIn): A failed payment's corrected account (and name as the bank has it); it
            goes on the next list.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaymentPublic | Problem
    """

    return (
        await asyncio_detailed(
            payment_id=payment_id,
            client=client,
            body=body,
        )
    ).parsed
