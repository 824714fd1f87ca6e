"""Where scans and photos are kept: a small interface, content-addressed files on disk by default (any service).

The database row (ProcedureFile) holds the SHA-256, size and content type; the store holds the bytes
under the SHA-256. A write that is rolled back leaves at most an unreferenced file, never a row that
points at nothing; the same scan uploaded twice is stored once.
"""

import hashlib
import os
import tempfile
from pathlib import Path
from typing import Protocol

from services.common.errors import Invalid, NotFound
from services.common.settings import DATA_DIR

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
        if len(key) != 64 or not all(c in "0123456789abcdef" for c in key):
            raise NotFound("文件不存在", field="file_id")
        return self.root / key[:2] / key

    def put(self, data: bytes) -> str:
        key = hashlib.sha256(data).hexdigest()
        path = self._path(key)
        if path.exists():
            return key
        path.parent.mkdir(parents=True, exist_ok=True)
        # write aside and rename: a reader never sees half a file
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".upload-")
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
        return key

    def get(self, key: str) -> bytes:
        path = self._path(key)
        if not path.exists():
            raise NotFound("文件内容已不在存储中", field="file_id")
        return path.read_bytes()


def store_for(files_dir: str, default: str = "transfer-files") -> LocalFileStore:
    """The store the settings name (data/<default> when the setting is empty)."""
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
