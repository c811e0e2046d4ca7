from typing import Literal

ExternalClusterApiTriggerResumeClusterMode = Literal[
    "OPERATION_MODE_DEFAULT", "OPERATION_MODE_DRY_RUN", "OPERATION_MODE_UNSPECIFIED"
]

EXTERNAL_CLUSTER_API_TRIGGER_RESUME_CLUSTER_MODE_VALUES: set[
    ExternalClusterApiTriggerResumeClusterMode
] = {
    "OPERATION_MODE_DEFAULT",
    "OPERATION_MODE_DRY_RUN",
    "OPERATION_MODE_UNSPECIFIED",
}


def check_external_cluster_api_trigger_resume_cluster_mode(
    value: str,
) -> ExternalClusterApiTriggerResumeClusterMode:
    if value in EXTERNAL_CLUSTER_API_TRIGGER_RESUME_CLUSTER_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EXTERNAL_CLUSTER_API_TRIGGER_RESUME_CLUSTER_MODE_VALUES!r}"
    )
