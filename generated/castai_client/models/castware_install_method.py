from enum import StrEnum


class CastwareInstallMethod(StrEnum):
    CASTWARE_INSTALL_METHOD_UNSPECIFIED = "CASTWARE_INSTALL_METHOD_UNSPECIFIED"
    OPERATOR = "OPERATOR"

    def __str__(self) -> str:
        return str(self.value)
