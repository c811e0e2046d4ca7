from typing import Literal

DboV1EventType = Literal[
    "DIRECT_MODE_DISABLED", "DIRECT_MODE_ENABLED", "EVENT_TYPE_UNSPECIFIED"
]

DBO_V1_EVENT_TYPE_VALUES: set[DboV1EventType] = {
    "DIRECT_MODE_DISABLED",
    "DIRECT_MODE_ENABLED",
    "EVENT_TYPE_UNSPECIFIED",
}


def check_dbo_v1_event_type(value: str) -> DboV1EventType:
    if value in DBO_V1_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DBO_V1_EVENT_TYPE_VALUES!r}"
    )
