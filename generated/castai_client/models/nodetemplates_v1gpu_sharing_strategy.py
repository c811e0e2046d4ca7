from typing import Literal

NodetemplatesV1GPUSharingStrategy = Literal[
    "GPU_SHARING_STRATEGY_MPS",
    "GPU_SHARING_STRATEGY_TIME_SLICING",
    "GPU_SHARING_STRATEGY_UNSPECIFIED",
]

NODETEMPLATES_V1GPU_SHARING_STRATEGY_VALUES: set[NodetemplatesV1GPUSharingStrategy] = {
    "GPU_SHARING_STRATEGY_MPS",
    "GPU_SHARING_STRATEGY_TIME_SLICING",
    "GPU_SHARING_STRATEGY_UNSPECIFIED",
}


def check_nodetemplates_v1gpu_sharing_strategy(
    value: str,
) -> NodetemplatesV1GPUSharingStrategy:
    if value in NODETEMPLATES_V1GPU_SHARING_STRATEGY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NODETEMPLATES_V1GPU_SHARING_STRATEGY_VALUES!r}"
    )
