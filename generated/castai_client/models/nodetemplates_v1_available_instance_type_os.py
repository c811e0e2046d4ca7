from typing import Literal

NodetemplatesV1AvailableInstanceTypeOs = Literal["linux", "unknown", "windows"]

NODETEMPLATES_V1_AVAILABLE_INSTANCE_TYPE_OS_VALUES: set[
    NodetemplatesV1AvailableInstanceTypeOs
] = {
    "linux",
    "unknown",
    "windows",
}


def check_nodetemplates_v1_available_instance_type_os(
    value: str,
) -> NodetemplatesV1AvailableInstanceTypeOs:
    if value in NODETEMPLATES_V1_AVAILABLE_INSTANCE_TYPE_OS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NODETEMPLATES_V1_AVAILABLE_INSTANCE_TYPE_OS_VALUES!r}"
    )
