"""Where the procedure's scans and photos are kept: the shared file store (services.common.files)."""

from services.common.files import SIGNATURES, FileStore, LocalFileStore, sniff, store_for

__all__ = ["SIGNATURES", "FileStore", "LocalFileStore", "sniff", "store_for"]
