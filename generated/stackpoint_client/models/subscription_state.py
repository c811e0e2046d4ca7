from enum import StrEnum


class SubscriptionState(StrEnum):
    ACTIVE = "active"
    CANCELED = "canceled"
    INACTIVE = "inactive"
    SUSPENDED = "suspended"
    TRIAL = "trial"

    def __str__(self) -> str:
        return str(self.value)
