from typing import Literal

RuntimeV1ListEntryKind = Literal[
    "LIST_ENTRY_KIND_CIDR",
    "LIST_ENTRY_KIND_IP",
    "LIST_ENTRY_KIND_SHA256",
    "LIST_ENTRY_KIND_STRING",
    "LIST_ENTRY_KIND_UNKNOWN",
]

RUNTIME_V1_LIST_ENTRY_KIND_VALUES: set[RuntimeV1ListEntryKind] = {
    "LIST_ENTRY_KIND_CIDR",
    "LIST_ENTRY_KIND_IP",
    "LIST_ENTRY_KIND_SHA256",
    "LIST_ENTRY_KIND_STRING",
    "LIST_ENTRY_KIND_UNKNOWN",
}


def check_runtime_v1_list_entry_kind(value: str) -> RuntimeV1ListEntryKind:
    if value in RUNTIME_V1_LIST_ENTRY_KIND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RUNTIME_V1_LIST_ENTRY_KIND_VALUES!r}"
    )
