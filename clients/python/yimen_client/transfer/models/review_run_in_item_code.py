from typing import Literal

ReviewRunInItemCode = Literal["rural_dibao", "tekun", "urban_dibao"]

REVIEW_RUN_IN_ITEM_CODE_VALUES: set[ReviewRunInItemCode] = {
    "rural_dibao",
    "tekun",
    "urban_dibao",
}


def check_review_run_in_item_code(value: str) -> ReviewRunInItemCode:
    if value in REVIEW_RUN_IN_ITEM_CODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REVIEW_RUN_IN_ITEM_CODE_VALUES!r}"
    )
