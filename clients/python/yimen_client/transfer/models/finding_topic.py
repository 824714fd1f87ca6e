from typing import Literal

FindingTopic = Literal["assets", "housing", "income", "members"]

FINDING_TOPIC_VALUES: set[FindingTopic] = {
    "assets",
    "housing",
    "income",
    "members",
}


def check_finding_topic(value: str) -> FindingTopic:
    if value in FINDING_TOPIC_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FINDING_TOPIC_VALUES!r}"
    )
