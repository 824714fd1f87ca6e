from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.enrol_in import EnrolIn
from ...models.problem import Problem
from ...models.recipient_public import RecipientPublic
from ...types import Response


def _get_kwargs(
    *,
    body: EnrolIn,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/recipients",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | RecipientPublic | None:
    if response.status_code == 201:
        response_201 = RecipientPublic.from_dict(response.json())

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Problem | RecipientPublic]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: EnrolIn,
) -> Response[Problem | RecipientPublic]:
    """纳入在册

     本街道工作人员。低保、特困审批同意（带每月金额）时该户已自动纳入在册（待登记银行账号）：此处登记银行账号
    和年审事实，完成纳入，答 200；审批未带金额的，此处连同金额一并纳入，答 201。自审批次月起按月发放。

    Args:
        body (EnrolIn): An approved 低保/特困 slip enters the roster; amount defaults to the approved
            amount.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RecipientPublic]
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
    body: EnrolIn,
) -> Problem | RecipientPublic | None:
    """纳入在册

     本街道工作人员。低保、特困审批同意（带每月金额）时该户已自动纳入在册（待登记银行账号）：此处登记银行账号
    和年审事实，完成纳入，答 200；审批未带金额的，此处连同金额一并纳入，答 201。自审批次月起按月发放。

    Args:
        body (EnrolIn): An approved 低保/特困 slip enters the roster; amount defaults to the approved
            amount.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RecipientPublic
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: EnrolIn,
) -> Response[Problem | RecipientPublic]:
    """纳入在册

     本街道工作人员。低保、特困审批同意（带每月金额）时该户已自动纳入在册（待登记银行账号）：此处登记银行账号
    和年审事实，完成纳入，答 200；审批未带金额的，此处连同金额一并纳入，答 201。自审批次月起按月发放。

    Args:
        body (EnrolIn): An approved 低保/特困 slip enters the roster; amount defaults to the approved
            amount.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RecipientPublic]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: EnrolIn,
) -> Problem | RecipientPublic | None:
    """纳入在册

     本街道工作人员。低保、特困审批同意（带每月金额）时该户已自动纳入在册（待登记银行账号）：此处登记银行账号
    和年审事实，完成纳入，答 200；审批未带金额的，此处连同金额一并纳入，答 201。自审批次月起按月发放。

    Args:
        body (EnrolIn): An approved 低保/特困 slip enters the roster; amount defaults to the approved
            amount.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RecipientPublic
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
