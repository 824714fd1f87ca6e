from typing import Literal

FileStoredPurpose = Literal["pledge", "visit"]

FILE_STORED_PURPOSE_VALUES: set[FileStoredPurpose] = {
    "pledge",
    "visit",
}


def check_file_stored_purpose(value: str) -> FileStoredPurpose:
    if value in FILE_STORED_PURPOSE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FILE_STORED_PURPOSE_VALUES!r}"
    )
