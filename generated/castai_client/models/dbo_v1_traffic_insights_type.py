from typing import Literal

DboV1TrafficInsightsType = Literal[
    "ListenNotify",
    "PoolingIncompatibleFunctions",
    "SessionLocks",
    "SimpleProtocolPrepares",
    "Undefined",
]

DBO_V1_TRAFFIC_INSIGHTS_TYPE_VALUES: set[DboV1TrafficInsightsType] = {
    "ListenNotify",
    "PoolingIncompatibleFunctions",
    "SessionLocks",
    "SimpleProtocolPrepares",
    "Undefined",
}


def check_dbo_v1_traffic_insights_type(value: str) -> DboV1TrafficInsightsType:
    if value in DBO_V1_TRAFFIC_INSIGHTS_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DBO_V1_TRAFFIC_INSIGHTS_TYPE_VALUES!r}"
    )
