from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.department_entry import DepartmentEntry
from ...models.department_public import DepartmentPublic
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    department_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/departments/{department_id}".format(
            department_id=quote(str(department_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DepartmentEntry | DepartmentPublic | Problem | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> DepartmentEntry | DepartmentPublic:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = DepartmentPublic.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = DepartmentEntry.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

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
) -> Response[DepartmentEntry | DepartmentPublic | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    department_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[DepartmentEntry | DepartmentPublic | Problem]:
    """部门详情

     工作人员。一个部门的详情；系统管理员和本部门另见回调地址、AB岗、签名密钥提示（末几位）与未处理的推送告警，
    其他人得到 `DepartmentEntry`。

    Args:
        department_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DepartmentEntry | DepartmentPublic | Problem]
    """

    kwargs = _get_kwargs(
        department_id=department_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    department_id: str,
    *,
    client: AuthenticatedClient,
) -> DepartmentEntry | DepartmentPublic | Problem | None:
    """部门详情

     工作人员。一个部门的详情；系统管理员和本部门另见回调地址、AB岗、签名密钥提示（末几位）与未处理的推送告警，
    其他人得到 `DepartmentEntry`。

    Args:
        department_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DepartmentEntry | DepartmentPublic | Problem
    """

    return sync_detailed(
        department_id=department_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    department_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[DepartmentEntry | DepartmentPublic | Problem]:
    """部门详情

     工作人员。一个部门的详情；系统管理员和本部门另见回调地址、AB岗、签名密钥提示（末几位）与未处理的推送告警，
    其他人得到 `DepartmentEntry`。

    Args:
        department_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DepartmentEntry | DepartmentPublic | Problem]
    """

    kwargs = _get_kwargs(
        department_id=department_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    department_id: str,
    *,
    client: AuthenticatedClient,
) -> DepartmentEntry | DepartmentPublic | Problem | None:
    """部门详情

     工作人员。一个部门的详情；系统管理员和本部门另见回调地址、AB岗、签名密钥提示（末几位）与未处理的推送告警，
    其他人得到 `DepartmentEntry`。

    Args:
        department_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DepartmentEntry | DepartmentPublic | Problem
    """

    return (
        await asyncio_detailed(
            department_id=department_id,
            client=client,
        )
    ).parsed
