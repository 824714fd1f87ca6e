from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.archive_file_public import ArchiveFilePublic
from ...models.body_archive_upload import BodyArchiveUpload
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    application_id: int,
    *,
    body: BodyArchiveUpload,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/archive/cases/{application_id}/files".format(
            application_id=quote(str(application_id), safe=""),
        ),
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ArchiveFilePublic | Problem | None:
    if response.status_code == 201:
        response_201 = ArchiveFilePublic.from_dict(response.json())

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

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ArchiveFilePublic | Problem]:
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
    body: BodyArchiveUpload,
) -> Response[ArchiveFilePublic | Problem]:
    """上传扫描件（高拍仪、扫描仪）

     调用方：窗口工作人员，仅限本人区域的案件。

    按文件内容识别类型（JPEG、PNG、PDF），超过大小上限 422 并写明上限；记录 SHA-256。已归档的案件 409。material_code 取清单中的材料代码，或
    other（其他材料）。

    Args:
        application_id (int): 数据库编号
        body (BodyArchiveUpload):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ArchiveFilePublic | Problem]
    """

    kwargs = _get_kwargs(
        application_id=application_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    application_id: int,
    *,
    client: AuthenticatedClient,
    body: BodyArchiveUpload,
) -> ArchiveFilePublic | Problem | None:
    """上传扫描件（高拍仪、扫描仪）

     调用方：窗口工作人员，仅限本人区域的案件。

    按文件内容识别类型（JPEG、PNG、PDF），超过大小上限 422 并写明上限；记录 SHA-256。已归档的案件 409。material_code 取清单中的材料代码，或
    other（其他材料）。

    Args:
        application_id (int): 数据库编号
        body (BodyArchiveUpload):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ArchiveFilePublic | Problem
    """

    return sync_detailed(
        application_id=application_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    application_id: int,
    *,
    client: AuthenticatedClient,
    body: BodyArchiveUpload,
) -> Response[ArchiveFilePublic | Problem]:
    """上传扫描件（高拍仪、扫描仪）

     调用方：窗口工作人员，仅限本人区域的案件。

    按文件内容识别类型（JPEG、PNG、PDF），超过大小上限 422 并写明上限；记录 SHA-256。已归档的案件 409。material_code 取清单中的材料代码，或
    other（其他材料）。

    Args:
        application_id (int): 数据库编号
        body (BodyArchiveUpload):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ArchiveFilePublic | Problem]
    """

    kwargs = _get_kwargs(
        application_id=application_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    application_id: int,
    *,
    client: AuthenticatedClient,
    body: BodyArchiveUpload,
) -> ArchiveFilePublic | Problem | None:
    """上传扫描件（高拍仪、扫描仪）

     调用方：窗口工作人员，仅限本人区域的案件。

    按文件内容识别类型（JPEG、PNG、PDF），超过大小上限 422 并写明上限；记录 SHA-256。已归档的案件 409。material_code 取清单中的材料代码，或
    other（其他材料）。

    Args:
        application_id (int): 数据库编号
        body (BodyArchiveUpload):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ArchiveFilePublic | Problem
    """

    return (
        await asyncio_detailed(
            application_id=application_id,
            client=client,
            body=body,
        )
    ).parsed
