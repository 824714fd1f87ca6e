from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.body_procedure_upload import BodyProcedureUpload
from ...models.file_stored import FileStored
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    slip_id: int,
    *,
    body: BodyProcedureUpload,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/slips/{slip_id}/procedure/files".format(
            slip_id=quote(str(slip_id), safe=""),
        ),
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FileStored | Problem | None:
    if response.status_code == 201:
        response_201 = FileStored.from_dict(response.json())

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
) -> Response[FileStored | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    slip_id: int,
    *,
    client: AuthenticatedClient,
    body: BodyProcedureUpload,
) -> Response[FileStored | Problem]:
    """上传签字扫描件或入户照片

     承办部门经办人（承诺书扫描件、照片）、入户调查人员（照片）。按文件内容识别类型，超过大小为 422；记录 SHA-256。

    Args:
        slip_id (int): 数据库编号
        body (BodyProcedureUpload):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FileStored | Problem]
    """

    kwargs = _get_kwargs(
        slip_id=slip_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    slip_id: int,
    *,
    client: AuthenticatedClient,
    body: BodyProcedureUpload,
) -> FileStored | Problem | None:
    """上传签字扫描件或入户照片

     承办部门经办人（承诺书扫描件、照片）、入户调查人员（照片）。按文件内容识别类型，超过大小为 422；记录 SHA-256。

    Args:
        slip_id (int): 数据库编号
        body (BodyProcedureUpload):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FileStored | Problem
    """

    return sync_detailed(
        slip_id=slip_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    slip_id: int,
    *,
    client: AuthenticatedClient,
    body: BodyProcedureUpload,
) -> Response[FileStored | Problem]:
    """上传签字扫描件或入户照片

     承办部门经办人（承诺书扫描件、照片）、入户调查人员（照片）。按文件内容识别类型，超过大小为 422；记录 SHA-256。

    Args:
        slip_id (int): 数据库编号
        body (BodyProcedureUpload):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FileStored | Problem]
    """

    kwargs = _get_kwargs(
        slip_id=slip_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    slip_id: int,
    *,
    client: AuthenticatedClient,
    body: BodyProcedureUpload,
) -> FileStored | Problem | None:
    """上传签字扫描件或入户照片

     承办部门经办人（承诺书扫描件、照片）、入户调查人员（照片）。按文件内容识别类型，超过大小为 422；记录 SHA-256。

    Args:
        slip_id (int): 数据库编号
        body (BodyProcedureUpload):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FileStored | Problem
    """

    return (
        await asyncio_detailed(
            slip_id=slip_id,
            client=client,
            body=body,
        )
    ).parsed
