from enum import StrEnum


class LifecycleTypeFilter(StrEnum):
    FALLBACK = "fallback"
    LIFECYCLE_TYPE_UNSPECIFIED = "lifecycle_type_unspecified"
    ON_DEMAND = "on_demand"
    SPOT = "spot"

    def __str__(self) -> str:
        return str(self.value)
