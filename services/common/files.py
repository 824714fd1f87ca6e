"""Where scans and photos are kept: one small interface, files on disk or objects in S3-compatible storage.

The database row (ArchiveFile, ProcedureFile) holds the SHA-256, size and content type; the store holds
the bytes under the SHA-256. A write that is rolled back leaves at most an unreferenced file, never a
row that points at nothing; the same scan uploaded twice is stored once.

Which store: a setting holding a directory (empty = data/<default>) or `s3://bucket/prefix`. S3 goes
through boto3, so any S3-compatible service works (AWS, MinIO, Ceph RGW, OSS/COS in S3 mode): name its
endpoint in `S3Options`, or leave the options empty and boto3 reads its own chain (AWS_* variables,
profile, instance role).
"""

import base64
import hashlib
import logging
import os
import re
import tempfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Protocol

from pydantic import BaseModel

from services.common.errors import Invalid, NotFound, ServiceUnavailable
from services.common.settings import DATA_DIR

log = logging.getLogger(__name__)

# content type by the file's first bytes, never by its name or the declared type
SIGNATURES = {
    "image/jpeg": (b"\xff\xd8\xff",),
    "image/png": (b"\x89PNG\r\n\x1a\n",),
    "application/pdf": (b"%PDF-",),
}


class FileStore(Protocol):
    """Keeps bytes under a key and hands them back."""

    def put(self, data: bytes) -> str: ...

    def get(self, key: str) -> bytes: ...


class LocalFileStore:
    """Files under one directory, named by their SHA-256 (two-level fan-out)."""

    def __init__(self, root: str | Path):
        self.root = Path(root)

    def _path(self, key: str) -> Path:
        if not _valid_key(key):
            raise NotFound("文件不存在", field="file_id")
        return self.root / key[:2] / key

    def put(self, data: bytes) -> str:
        key = hashlib.sha256(data).hexdigest()
        path = self._path(key)
        if path.exists():
            return key
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            # write aside and rename: a reader never sees half a file
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".upload-")
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            os.replace(tmp, path)
        except OSError as exc:  # read-only file system, disk full, permissions: the operator's to fix
            log.error("file store %s cannot write: %s", self.root, exc)
            raise ServiceUnavailable(f"文件存储暂不可用（{type(exc).__name__}），请稍后再试") from exc
        return key

    def get(self, key: str) -> bytes:
        path = self._path(key)
        try:
            return path.read_bytes()
        except FileNotFoundError as exc:
            raise NotFound("文件内容已不在存储中", field="file_id") from exc
        except OSError as exc:
            log.error("file store %s cannot read: %s", self.root, exc)
            raise ServiceUnavailable(f"文件存储暂不可用（{type(exc).__name__}），请稍后再试") from exc


def _valid_key(key: str) -> bool:
    return len(key) == 64 and all(c in "0123456789abcdef" for c in key)


class S3FileStore:
    """Objects in one bucket below a prefix, named by their SHA-256 (the same fan-out as on disk).

    `client` is a boto3 S3 client. A missing object is a 404; any other storage failure (network,
    credentials, bucket gone) is a 503, never mistaken for a missing or altered file.
    """

    def __init__(self, client, bucket: str, prefix: str = ""):
        self.client, self.bucket = client, bucket
        self.prefix = prefix.strip("/") + "/" if prefix.strip("/") else ""

    def object_name(self, key: str) -> str:
        """The object's name in the bucket for a SHA-256 key."""
        if not _valid_key(key):
            raise NotFound("文件不存在", field="file_id")
        return f"{self.prefix}{key[:2]}/{key}"

    def _fail(self, exc: Exception) -> ServiceUnavailable:
        return ServiceUnavailable(f"文件存储暂不可用（{type(exc).__name__}），请稍后再试")

    def put(self, data: bytes) -> str:
        from botocore.exceptions import BotoCoreError, ClientError

        key = hashlib.sha256(data).hexdigest()
        name = self.object_name(key)
        try:
            self.client.head_object(Bucket=self.bucket, Key=name)
            return key  # content-addressed: already there means the same bytes
        except ClientError as exc:
            if _status(exc) != 404:
                raise self._fail(exc) from exc
        except BotoCoreError as exc:
            raise self._fail(exc) from exc
        # Content-MD5 makes the store refuse a body damaged on the way (every S3-compatible service has it)
        md5 = base64.b64encode(hashlib.md5(data, usedforsecurity=False).digest()).decode()
        try:
            self.client.put_object(
                Bucket=self.bucket,
                Key=name,
                Body=data,
                ContentMD5=md5,
                ContentType="application/octet-stream",
                Metadata={"sha256": key},
            )
        except (ClientError, BotoCoreError) as exc:
            raise self._fail(exc) from exc
        return key

    def get(self, key: str) -> bytes:
        from botocore.exceptions import BotoCoreError, ClientError

        name = self.object_name(key)
        try:
            return self.client.get_object(Bucket=self.bucket, Key=name)["Body"].read()
        except ClientError as exc:
            if _status(exc) == 404:
                raise NotFound("文件内容已不在存储中", field="file_id") from exc
            raise self._fail(exc) from exc
        except BotoCoreError as exc:
            raise self._fail(exc) from exc


def _status(exc) -> int | None:
    return exc.response.get("ResponseMetadata", {}).get("HTTPStatusCode")


@dataclass(frozen=True)
class S3Options:
    """How to reach an S3-compatible service; empty fields are left to boto3's own configuration chain."""

    endpoint_url: str = ""  # e.g. http://minio:9000; empty = AWS (or AWS_ENDPOINT_URL_S3)
    region: str = ""
    access_key_id: str = ""
    secret_access_key: str = ""


class S3Settings(BaseModel):
    """S3 options as settings fields (YIMEN_<SERVICE>_S3_*) of every service that keeps files."""

    s3_endpoint_url: str = ""
    s3_region: str = ""
    s3_access_key_id: str = ""
    s3_secret_access_key: str = ""

    @property
    def s3(self) -> S3Options:
        return S3Options(
            endpoint_url=self.s3_endpoint_url,
            region=self.s3_region,
            access_key_id=self.s3_access_key_id,
            secret_access_key=self.s3_secret_access_key,
        )


# bucket names per the S3 rules (3–63 lower-case letters, digits, dots, hyphens)
_S3_URL = re.compile(r"^s3://([a-z0-9][a-z0-9.\-]{1,61}[a-z0-9])(?:/(.*))?$")


def parse_location(location: str) -> tuple[str, str] | None:
    """(bucket, prefix) for an `s3://bucket/prefix` setting, None for a directory; a bad S3 URL is a ValueError."""
    if not location.startswith("s3://"):
        return None
    match = _S3_URL.match(location)
    if not match:
        raise ValueError(f"not an S3 location (s3://bucket/prefix): {location!r}")
    return match.group(1), (match.group(2) or "").strip("/")


def check_location(location: str) -> None:
    """Refuse, at start-up, a bad S3 URL or an S3 setting without boto3 installed."""
    if parse_location(location) is None:
        return
    try:
        import boto3  # noqa: F401
    except ImportError as exc:  # pragma: no cover - boto3 is a dependency; a trimmed image may lack it
        raise ValueError("an s3:// file store needs the boto3 package (pip install boto3)") from exc


@cache
def _s3_store(bucket: str, prefix: str, options: S3Options) -> S3FileStore:
    # one client per process and location: creating one costs tens of milliseconds; clients are thread-safe
    import boto3
    from botocore.config import Config

    config = Config(
        # path-style for a named endpoint (MinIO, an address): virtual hosts need DNS per bucket
        s3={"addressing_style": "path" if options.endpoint_url else "auto"},
        # checksums only where the API requires them: many S3-compatible services refuse the newer defaults
        request_checksum_calculation="when_required",
        response_checksum_validation="when_required",
        retries={"max_attempts": 3, "mode": "standard"},
        connect_timeout=5,
        read_timeout=30,
    )
    client = boto3.session.Session().client(
        "s3",
        endpoint_url=options.endpoint_url or None,
        region_name=options.region or None,
        aws_access_key_id=options.access_key_id or None,
        aws_secret_access_key=options.secret_access_key or None,
        config=config,
    )
    return S3FileStore(client, bucket, prefix)


def store_for(
    files_dir: str, default: str = "transfer-files", *, s3: S3Options | None = None
) -> LocalFileStore | S3FileStore:
    """The store the settings name: `s3://bucket/prefix`, a directory, or data/<default> when empty."""
    location = parse_location(files_dir or "")
    if location is not None:
        return _s3_store(*location, s3 or S3Options())
    return LocalFileStore(files_dir or DATA_DIR / default)


def sniff(data: bytes, *, max_bytes: int, field: str = "file") -> str:
    """The content type read from the bytes (JPEG, PNG or PDF), or 422 naming the field."""
    if not data:
        raise Invalid("文件为空", field=field)
    if len(data) > max_bytes:
        raise Invalid(f"文件不能超过 {max_bytes // 1024 // 1024} MB", field=field)
    for content_type, heads in SIGNATURES.items():
        if data.startswith(heads):
            return content_type
    raise Invalid("只接受 JPEG、PNG 图片或 PDF 扫描件", field=field)
