from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.notice_public import NoticePublic
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    application_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/applications/{application_id}/notice".format(
            application_id=quote(str(application_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> NoticePublic | Problem | None:
    if response.status_code == 201:
        response_201 = NoticePublic.from_dict(response.json())

        return response_201

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
) -> Response[NoticePublic | Problem]:
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
) -> Response[NoticePublic | Problem]:
    """出具一次性告知清单

     调用方：窗口工作人员（window_staff），仅限本人所在区域的案件。

    按申请事项向救助事项目录取得材料清单，一次列明全部尚缺材料，编号出具，出具后不可修改；案件转为待补正。材料已齐、未定事项、已出具过或已受理时 409；目录不可用时 503。

    Args:
        application_id (int): 数据库编号

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NoticePublic | Problem]
    """

    kwargs = _get_kwargs(
        application_id=application_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    application_id: int,
    *,
    client: AuthenticatedClient,
) -> NoticePublic | Problem | None:
    """出具一次性告知清单

     调用方：窗口工作人员（window_staff），仅限本人所在区域的案件。

    按申请事项向救助事项目录取得材料清单，一次列明全部尚缺材料，编号出具，出具后不可修改；案件转为待补正。材料已齐、未定事项、已出具过或已受理时 409；目录不可用时 503。

    Args:
        application_id (int): 数据库编号

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NoticePublic | Problem
    """

    return sync_detailed(
        application_id=application_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    application_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[NoticePublic | Problem]:
    """出具一次性告知清单

     调用方：窗口工作人员（window_staff），仅限本人所在区域的案件。

    按申请事项向救助事项目录取得材料清单，一次列明全部尚缺材料，编号出具，出具后不可修改；案件转为待补正。材料已齐、未定事项、已出具过或已受理时 409；目录不可用时 503。

    Args:
        application_id (int): 数据库编号

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NoticePublic | Problem]
    """

    kwargs = _get_kwargs(
        application_id=application_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    application_id: int,
    *,
    client: AuthenticatedClient,
) -> NoticePublic | Problem | None:
    """出具一次性告知清单

     调用方：窗口工作人员（window_staff），仅限本人所在区域的案件。

    按申请事项向救助事项目录取得材料清单，一次列明全部尚缺材料，编号出具，出具后不可修改；案件转为待补正。材料已齐、未定事项、已出具过或已受理时 409；目录不可用时 503。

    Args:
        application_id (int): 数据库编号

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NoticePublic | Problem
    """

    return (
        await asyncio_detailed(
            application_id=application_id,
            client=client,
        )
    ).parsed
