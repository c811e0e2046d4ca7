from typing import Literal

WorkloadoptimizationV1InPlaceResizeStatus = Literal[
    "ERROR", "RESIZED", "RESIZING", "UNKNOWN_INPLACE_RESIZE_STATUS"
]

WORKLOADOPTIMIZATION_V1_IN_PLACE_RESIZE_STATUS_VALUES: set[
    WorkloadoptimizationV1InPlaceResizeStatus
] = {
    "ERROR",
    "RESIZED",
    "RESIZING",
    "UNKNOWN_INPLACE_RESIZE_STATUS",
}


def check_workloadoptimization_v1_in_place_resize_status(
    value: str,
) -> WorkloadoptimizationV1InPlaceResizeStatus:
    if value in WORKLOADOPTIMIZATION_V1_IN_PLACE_RESIZE_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WORKLOADOPTIMIZATION_V1_IN_PLACE_RESIZE_STATUS_VALUES!r}"
    )
