from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bank_file import BankFile
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    list_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/disbursements/{list_id}/bank-file".format(
            list_id=quote(str(list_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BankFile | Problem | None:
    if response.status_code == 200:
        response_200 = BankFile.from_dict(response.json())

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
) -> Response[BankFile | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    list_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[BankFile | Problem]:
    """导出代发银行文件（CSV / Excel）

     本街道工作人员。`Accept: text/csv` 时为交银行的 UTF-8 CSV：表头 account,name,amount,reference，金额为元、两位小数；
    `Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet` 时为同样各行的 Excel 表，末行为合计
    （笔数、总金额）；否则以 JSON 给出同样的行。只有锁定的名册可以导出。

    Args:
        list_id (int): 数据库编号

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BankFile | Problem]
    """

    kwargs = _get_kwargs(
        list_id=list_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    list_id: int,
    *,
    client: AuthenticatedClient,
) -> BankFile | Problem | None:
    """导出代发银行文件（CSV / Excel）

     本街道工作人员。`Accept: text/csv` 时为交银行的 UTF-8 CSV：表头 account,name,amount,reference，金额为元、两位小数；
    `Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet` 时为同样各行的 Excel 表，末行为合计
    （笔数、总金额）；否则以 JSON 给出同样的行。只有锁定的名册可以导出。

    Args:
        list_id (int): 数据库编号

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BankFile | Problem
    """

    return sync_detailed(
        list_id=list_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    list_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[BankFile | Problem]:
    """导出代发银行文件（CSV / Excel）

     本街道工作人员。`Accept: text/csv` 时为交银行的 UTF-8 CSV：表头 account,name,amount,reference，金额为元、两位小数；
    `Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet` 时为同样各行的 Excel 表，末行为合计
    （笔数、总金额）；否则以 JSON 给出同样的行。只有锁定的名册可以导出。

    Args:
        list_id (int): 数据库编号

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BankFile | Problem]
    """

    kwargs = _get_kwargs(
        list_id=list_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    list_id: int,
    *,
    client: AuthenticatedClient,
) -> BankFile | Problem | None:
    """导出代发银行文件（CSV / Excel）

     本街道工作人员。`Accept: text/csv` 时为交银行的 UTF-8 CSV：表头 account,name,amount,reference，金额为元、两位小数；
    `Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet` 时为同样各行的 Excel 表，末行为合计
    （笔数、总金额）；否则以 JSON 给出同样的行。只有锁定的名册可以导出。

    Args:
        list_id (int): 数据库编号

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BankFile | Problem
    """

    return (
        await asyncio_detailed(
            list_id=list_id,
            client=client,
        )
    ).parsed
