from typing import Literal

VotePublicVote = Literal["approve", "deny"]

VOTE_PUBLIC_VOTE_VALUES: set[VotePublicVote] = {
    "approve",
    "deny",
}


def check_vote_public_vote(value: str) -> VotePublicVote:
    if value in VOTE_PUBLIC_VOTE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VOTE_PUBLIC_VOTE_VALUES!r}"
    )
