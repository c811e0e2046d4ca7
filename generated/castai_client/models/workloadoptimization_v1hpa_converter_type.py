from typing import Literal

WorkloadoptimizationV1HPAConverterType = Literal[
    "AVERAGE_VALUE_FROM_ORIGINAL_REQUESTS", "HPA_CONVERTER_TYPE_UNSPECIFIED"
]

WORKLOADOPTIMIZATION_V1HPA_CONVERTER_TYPE_VALUES: set[
    WorkloadoptimizationV1HPAConverterType
] = {
    "AVERAGE_VALUE_FROM_ORIGINAL_REQUESTS",
    "HPA_CONVERTER_TYPE_UNSPECIFIED",
}


def check_workloadoptimization_v1hpa_converter_type(
    value: str,
) -> WorkloadoptimizationV1HPAConverterType:
    if value in WORKLOADOPTIMIZATION_V1HPA_CONVERTER_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WORKLOADOPTIMIZATION_V1HPA_CONVERTER_TYPE_VALUES!r}"
    )
