from typing import Literal

DboV1CacheGroupProtocolType = Literal["MySQL", "PostgreSQL", "Unspecified"]

DBO_V1_CACHE_GROUP_PROTOCOL_TYPE_VALUES: set[DboV1CacheGroupProtocolType] = {
    "MySQL",
    "PostgreSQL",
    "Unspecified",
}


def check_dbo_v1_cache_group_protocol_type(value: str) -> DboV1CacheGroupProtocolType:
    if value in DBO_V1_CACHE_GROUP_PROTOCOL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DBO_V1_CACHE_GROUP_PROTOCOL_TYPE_VALUES!r}"
    )
