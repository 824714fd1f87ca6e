from typing import Literal

Channel = Literal["agent", "community", "home", "online", "window"]

CHANNEL_VALUES: set[Channel] = {
    "agent",
    "community",
    "home",
    "online",
    "window",
}


def check_channel(value: str) -> Channel:
    if value in CHANNEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CHANNEL_VALUES!r}")
