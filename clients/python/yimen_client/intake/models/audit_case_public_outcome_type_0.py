from typing import Literal

AuditCasePublicOutcomeType0 = Literal["ok", "problem"]

AUDIT_CASE_PUBLIC_OUTCOME_TYPE_0_VALUES: set[AuditCasePublicOutcomeType0] = {
    "ok",
    "problem",
}


def check_audit_case_public_outcome_type_0(value: str) -> AuditCasePublicOutcomeType0:
    if value in AUDIT_CASE_PUBLIC_OUTCOME_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AUDIT_CASE_PUBLIC_OUTCOME_TYPE_0_VALUES!r}"
    )
