from enum import StrEnum


class EKSImageFamily(StrEnum):
    FAMILY_AL2 = "FAMILY_AL2"
    FAMILY_AL2023 = "FAMILY_AL2023"
    FAMILY_BOTTLEROCKET = "FAMILY_BOTTLEROCKET"
    FAMILY_UNSPECIFIED = "FAMILY_UNSPECIFIED"

    def __str__(self) -> str:
        return str(self.value)
