from typing import Literal

VoteInVote = Literal["approve", "deny"]

VOTE_IN_VOTE_VALUES: set[VoteInVote] = {
    "approve",
    "deny",
}


def check_vote_in_vote(value: str) -> VoteInVote:
    if value in VOTE_IN_VOTE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VOTE_IN_VOTE_VALUES!r}"
    )
