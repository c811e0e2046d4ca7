from typing import Literal

DboV1CacheStatus = Literal["Active", "Error", "Pending", "Ready", "Undeployed"]

DBO_V1_CACHE_STATUS_VALUES: set[DboV1CacheStatus] = {
    "Active",
    "Error",
    "Pending",
    "Ready",
    "Undeployed",
}


def check_dbo_v1_cache_status(value: str) -> DboV1CacheStatus:
    if value in DBO_V1_CACHE_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DBO_V1_CACHE_STATUS_VALUES!r}"
    )
