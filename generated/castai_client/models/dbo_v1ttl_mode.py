from typing import Literal

DboV1TTLMode = Literal["Auto", "DontCache", "Manual"]

DBO_V1TTL_MODE_VALUES: set[DboV1TTLMode] = {
    "Auto",
    "DontCache",
    "Manual",
}


def check_dbo_v1ttl_mode(value: str) -> DboV1TTLMode:
    if value in DBO_V1TTL_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DBO_V1TTL_MODE_VALUES!r}"
    )
