from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.duplicate_check import DuplicateCheck
from ...models.duplicate_check_result import DuplicateCheckResult
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    *,
    body: DuplicateCheck,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/applications/duplicate-check",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DuplicateCheckResult | Problem | None:
    if response.status_code == 200:
        response_200 = DuplicateCheckResult.from_dict(response.json())

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
) -> Response[DuplicateCheckResult | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: DuplicateCheck,
) -> Response[DuplicateCheckResult | Problem]:
    """重复救助核查

     调用方：窗口工作人员（window_staff），仅限本人所在区域的案件。

    登记前核查：同一家庭（任一成员身份证号）是否已有相同或互斥事项的在办或近一年案件、本年度救助发放记录。只查不登记；发放记录查不到时 `grant_check_incomplete`
    为真。每个身份证号的核查记入访问记录。

    Args:
        body (DuplicateCheck): Ask the duplicate-aid guard before registering (the wizard does,
            live).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DuplicateCheckResult | Problem]
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
    body: DuplicateCheck,
) -> DuplicateCheckResult | Problem | None:
    """重复救助核查

     调用方：窗口工作人员（window_staff），仅限本人所在区域的案件。

    登记前核查：同一家庭（任一成员身份证号）是否已有相同或互斥事项的在办或近一年案件、本年度救助发放记录。只查不登记；发放记录查不到时 `grant_check_incomplete`
    为真。每个身份证号的核查记入访问记录。

    Args:
        body (DuplicateCheck): Ask the duplicate-aid guard before registering (the wizard does,
            live).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DuplicateCheckResult | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: DuplicateCheck,
) -> Response[DuplicateCheckResult | Problem]:
    """重复救助核查

     调用方：窗口工作人员（window_staff），仅限本人所在区域的案件。

    登记前核查：同一家庭（任一成员身份证号）是否已有相同或互斥事项的在办或近一年案件、本年度救助发放记录。只查不登记；发放记录查不到时 `grant_check_incomplete`
    为真。每个身份证号的核查记入访问记录。

    Args:
        body (DuplicateCheck): Ask the duplicate-aid guard before registering (the wizard does,
            live).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DuplicateCheckResult | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: DuplicateCheck,
) -> DuplicateCheckResult | Problem | None:
    """重复救助核查

     调用方：窗口工作人员（window_staff），仅限本人所在区域的案件。

    登记前核查：同一家庭（任一成员身份证号）是否已有相同或互斥事项的在办或近一年案件、本年度救助发放记录。只查不登记；发放记录查不到时 `grant_check_incomplete`
    为真。每个身份证号的核查记入访问记录。

    Args:
        body (DuplicateCheck): Ask the duplicate-aid guard before registering (the wizard does,
            live).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DuplicateCheckResult | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
