from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.body_outreach_upload_photo import BodyOutreachUploadPhoto
from ...models.photo_stored import PhotoStored
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    visit_id: int,
    *,
    body: BodyOutreachUploadPhoto,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/outreach/visits/{visit_id}/photos".format(
            visit_id=quote(str(visit_id), safe=""),
        ),
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PhotoStored | Problem | None:
    if response.status_code == 201:
        response_201 = PhotoStored.from_dict(response.json())

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
) -> Response[PhotoStored | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    visit_id: int,
    *,
    client: AuthenticatedClient,
    body: BodyOutreachUploadPhoto,
) -> Response[PhotoStored | Problem]:
    """走访：上传走访照片（JPEG/PNG，5 MB 以内）

     调用方：代办员、网格员（本村居）、窗口工作人员、监督人员、管理员（各自区域）。按文件内容识别类型，声明类型不符或超过大小均 422。

    Args:
        visit_id (int): 数据库编号
        body (BodyOutreachUploadPhoto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PhotoStored | Problem]
    """

    kwargs = _get_kwargs(
        visit_id=visit_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    visit_id: int,
    *,
    client: AuthenticatedClient,
    body: BodyOutreachUploadPhoto,
) -> PhotoStored | Problem | None:
    """走访：上传走访照片（JPEG/PNG，5 MB 以内）

     调用方：代办员、网格员（本村居）、窗口工作人员、监督人员、管理员（各自区域）。按文件内容识别类型，声明类型不符或超过大小均 422。

    Args:
        visit_id (int): 数据库编号
        body (BodyOutreachUploadPhoto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PhotoStored | Problem
    """

    return sync_detailed(
        visit_id=visit_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    visit_id: int,
    *,
    client: AuthenticatedClient,
    body: BodyOutreachUploadPhoto,
) -> Response[PhotoStored | Problem]:
    """走访：上传走访照片（JPEG/PNG，5 MB 以内）

     调用方：代办员、网格员（本村居）、窗口工作人员、监督人员、管理员（各自区域）。按文件内容识别类型，声明类型不符或超过大小均 422。

    Args:
        visit_id (int): 数据库编号
        body (BodyOutreachUploadPhoto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PhotoStored | Problem]
    """

    kwargs = _get_kwargs(
        visit_id=visit_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    visit_id: int,
    *,
    client: AuthenticatedClient,
    body: BodyOutreachUploadPhoto,
) -> PhotoStored | Problem | None:
    """走访：上传走访照片（JPEG/PNG，5 MB 以内）

     调用方：代办员、网格员（本村居）、窗口工作人员、监督人员、管理员（各自区域）。按文件内容识别类型，声明类型不符或超过大小均 422。

    Args:
        visit_id (int): 数据库编号
        body (BodyOutreachUploadPhoto):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PhotoStored | Problem
    """

    return (
        await asyncio_detailed(
            visit_id=visit_id,
            client=client,
            body=body,
        )
    ).parsed
