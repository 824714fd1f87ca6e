"""Secrets of partner departments: webhook signing secrets (encrypted) and client tokens (hashed)."""

import base64
import hashlib
import secrets

from cryptography.fernet import Fernet, InvalidToken

TOKEN_PREFIX = "ymp_"


def cipher_for(secret_key: str, auth_secret: str) -> Fernet:
    """The key that encrypts signing secrets at rest (derived from the platform secret unless set)."""
    if secret_key:
        return Fernet(secret_key.encode())
    digest = hashlib.sha256(f"yimen-transfer-signing-secrets:{auth_secret}".encode()).digest()
    return Fernet(base64.urlsafe_b64encode(digest))


def new_signing_secret() -> str:
    """A Standard Webhooks secret: whsec_ + base64 of 24 random bytes."""
    return "whsec_" + base64.b64encode(secrets.token_bytes(24)).decode()


def encrypt(cipher: Fernet, value: str) -> str:
    """Encrypt a signing secret for storage."""
    return cipher.encrypt(value.encode()).decode()


def decrypt(cipher: Fernet, value: str) -> str | None:
    """The stored secret, or None if it was encrypted under another key."""
    try:
        return cipher.decrypt(value.encode()).decode()
    except InvalidToken:
        return None  # encrypted under another key: unusable, never a crash


def new_client_token() -> str:
    """A partner token: ymp_ + 256 random bits."""
    return TOKEN_PREFIX + secrets.token_urlsafe(32)


def hash_token(token: str) -> str:
    """What is stored of a token."""
    # tokens are 256 random bits, so a plain SHA-256 cannot be brute-forced
    return hashlib.sha256(token.encode()).hexdigest()
