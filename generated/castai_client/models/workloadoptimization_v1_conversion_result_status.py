from typing import Literal

WorkloadoptimizationV1ConversionResultStatus = Literal[
    "ALREADY_AVERAGE",
    "CONVERSION_STATUS_UNSPECIFIED",
    "CONVERTED",
    "MISSING_REQUESTS",
    "NO_METRICS",
    "NON_CONVERTIBLE",
    "REQUESTS_TOO_SMALL",
]

WORKLOADOPTIMIZATION_V1_CONVERSION_RESULT_STATUS_VALUES: set[
    WorkloadoptimizationV1ConversionResultStatus
] = {
    "ALREADY_AVERAGE",
    "CONVERSION_STATUS_UNSPECIFIED",
    "CONVERTED",
    "MISSING_REQUESTS",
    "NO_METRICS",
    "NON_CONVERTIBLE",
    "REQUESTS_TOO_SMALL",
}


def check_workloadoptimization_v1_conversion_result_status(
    value: str,
) -> WorkloadoptimizationV1ConversionResultStatus:
    if value in WORKLOADOPTIMIZATION_V1_CONVERSION_RESULT_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WORKLOADOPTIMIZATION_V1_CONVERSION_RESULT_STATUS_VALUES!r}"
    )
