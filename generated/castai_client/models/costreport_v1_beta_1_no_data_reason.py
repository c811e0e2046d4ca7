from typing import Literal

CostreportV1Beta1NoDataReason = Literal["AgentOutdated", "NoMetricsServer", "Unknown"]

COSTREPORT_V1_BETA_1_NO_DATA_REASON_VALUES: set[CostreportV1Beta1NoDataReason] = {
    "AgentOutdated",
    "NoMetricsServer",
    "Unknown",
}


def check_costreport_v1_beta_1_no_data_reason(
    value: str,
) -> CostreportV1Beta1NoDataReason:
    if value in COSTREPORT_V1_BETA_1_NO_DATA_REASON_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {COSTREPORT_V1_BETA_1_NO_DATA_REASON_VALUES!r}"
    )
