from typing import Literal

PoliciesV1SpotInterruptionPredictionsType = Literal[
    "AWSRebalanceRecommendations", "CASTAIInterruptionPredictions"
]

POLICIES_V1_SPOT_INTERRUPTION_PREDICTIONS_TYPE_VALUES: set[
    PoliciesV1SpotInterruptionPredictionsType
] = {
    "AWSRebalanceRecommendations",
    "CASTAIInterruptionPredictions",
}


def check_policies_v1_spot_interruption_predictions_type(
    value: str,
) -> PoliciesV1SpotInterruptionPredictionsType:
    if value in POLICIES_V1_SPOT_INTERRUPTION_PREDICTIONS_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {POLICIES_V1_SPOT_INTERRUPTION_PREDICTIONS_TYPE_VALUES!r}"
    )
