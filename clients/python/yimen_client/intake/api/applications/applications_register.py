from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.application_create import ApplicationCreate
from ...models.problem import Problem
from ...models.registration_public import RegistrationPublic
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ApplicationCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/applications",
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
    *,
    client: AuthenticatedClient,
    body: ApplicationCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[Problem | RegistrationPublic]:
    """登记申请（窗口无否决权）

     调用方：窗口工作人员（window_staff），仅限本人所在区域的案件。

    任一窗口登记困难群众的求助，永不拒收：事项不清楚时可选“不清楚”由窗口推荐；救助事项目录暂不可用时照常登记、事项待恢复后确认。同一家庭已有相同或互斥事项的案件或发放记录时返回
    409（`findings` 列出），经办人填写 `duplicate_acknowledgement` 后可继续。带 `Idempotency-Key` 时同键同内容返回同一结果，同键不同内容
    422。

    Args:
        idempotency_key (None | str | Unset):
        body (ApplicationCreate): Registering a request at a window: never refused, only
            completed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RegistrationPublic]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: ApplicationCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> Problem | RegistrationPublic | None:
    """登记申请（窗口无否决权）

     调用方：窗口工作人员（window_staff），仅限本人所在区域的案件。

    任一窗口登记困难群众的求助，永不拒收：事项不清楚时可选“不清楚”由窗口推荐；救助事项目录暂不可用时照常登记、事项待恢复后确认。同一家庭已有相同或互斥事项的案件或发放记录时返回
    409（`findings` 列出），经办人填写 `duplicate_acknowledgement` 后可继续。带 `Idempotency-Key` 时同键同内容返回同一结果，同键不同内容
    422。

    Args:
        idempotency_key (None | str | Unset):
        body (ApplicationCreate): Registering a request at a window: never refused, only
            completed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RegistrationPublic
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ApplicationCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[Problem | RegistrationPublic]:
    """登记申请（窗口无否决权）

     调用方：窗口工作人员（window_staff），仅限本人所在区域的案件。

    任一窗口登记困难群众的求助，永不拒收：事项不清楚时可选“不清楚”由窗口推荐；救助事项目录暂不可用时照常登记、事项待恢复后确认。同一家庭已有相同或互斥事项的案件或发放记录时返回
    409（`findings` 列出），经办人填写 `duplicate_acknowledgement` 后可继续。带 `Idempotency-Key` 时同键同内容返回同一结果，同键不同内容
    422。

    Args:
        idempotency_key (None | str | Unset):
        body (ApplicationCreate): Registering a request at a window: never refused, only
            completed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RegistrationPublic]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ApplicationCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> Problem | RegistrationPublic | None:
    """登记申请（窗口无否决权）

     调用方：窗口工作人员（window_staff），仅限本人所在区域的案件。

    任一窗口登记困难群众的求助，永不拒收：事项不清楚时可选“不清楚”由窗口推荐；救助事项目录暂不可用时照常登记、事项待恢复后确认。同一家庭已有相同或互斥事项的案件或发放记录时返回
    409（`findings` 列出），经办人填写 `duplicate_acknowledgement` 后可继续。带 `Idempotency-Key` 时同键同内容返回同一结果，同键不同内容
    422。

    Args:
        idempotency_key (None | str | Unset):
        body (ApplicationCreate): Registering a request at a window: never refused, only
            completed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RegistrationPublic
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
