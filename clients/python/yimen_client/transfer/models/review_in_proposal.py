from typing import Literal

ReviewInProposal = Literal["approved", "denied"]

REVIEW_IN_PROPOSAL_VALUES: set[ReviewInProposal] = {
    "approved",
    "denied",
}


def check_review_in_proposal(value: str) -> ReviewInProposal:
    if value in REVIEW_IN_PROPOSAL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REVIEW_IN_PROPOSAL_VALUES!r}"
    )
