from typing import Literal

NodetemplatesV1TaintEffect = Literal["NoExecute", "NoSchedule"]

NODETEMPLATES_V1_TAINT_EFFECT_VALUES: set[NodetemplatesV1TaintEffect] = {
    "NoExecute",
    "NoSchedule",
}


def check_nodetemplates_v1_taint_effect(value: str) -> NodetemplatesV1TaintEffect:
    if value in NODETEMPLATES_V1_TAINT_EFFECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NODETEMPLATES_V1_TAINT_EFFECT_VALUES!r}"
    )
