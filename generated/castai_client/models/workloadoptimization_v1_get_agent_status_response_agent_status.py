from typing import Literal

WorkloadoptimizationV1GetAgentStatusResponseAgentStatus = Literal[
    "AGENT_STATUS_INVALID", "AGENT_STATUS_RUNNING", "AGENT_STATUS_UNKNOWN"
]

WORKLOADOPTIMIZATION_V1_GET_AGENT_STATUS_RESPONSE_AGENT_STATUS_VALUES: set[
    WorkloadoptimizationV1GetAgentStatusResponseAgentStatus
] = {
    "AGENT_STATUS_INVALID",
    "AGENT_STATUS_RUNNING",
    "AGENT_STATUS_UNKNOWN",
}


def check_workloadoptimization_v1_get_agent_status_response_agent_status(
    value: str,
) -> WorkloadoptimizationV1GetAgentStatusResponseAgentStatus:
    if value in WORKLOADOPTIMIZATION_V1_GET_AGENT_STATUS_RESPONSE_AGENT_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WORKLOADOPTIMIZATION_V1_GET_AGENT_STATUS_RESPONSE_AGENT_STATUS_VALUES!r}"
    )
