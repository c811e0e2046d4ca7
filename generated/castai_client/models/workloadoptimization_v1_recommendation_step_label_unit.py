from typing import Literal

WorkloadoptimizationV1RecommendationStepLabelUnit = Literal[
    "BYTE", "MILLICORE", "PERCENT", "UNIT_UNSPECIFIED"
]

WORKLOADOPTIMIZATION_V1_RECOMMENDATION_STEP_LABEL_UNIT_VALUES: set[
    WorkloadoptimizationV1RecommendationStepLabelUnit
] = {
    "BYTE",
    "MILLICORE",
    "PERCENT",
    "UNIT_UNSPECIFIED",
}


def check_workloadoptimization_v1_recommendation_step_label_unit(
    value: str,
) -> WorkloadoptimizationV1RecommendationStepLabelUnit:
    if value in WORKLOADOPTIMIZATION_V1_RECOMMENDATION_STEP_LABEL_UNIT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WORKLOADOPTIMIZATION_V1_RECOMMENDATION_STEP_LABEL_UNIT_VALUES!r}"
    )
