from enum import StrEnum


class TargetNodeSelectionAlgorithm(StrEnum):
    TARGETNODESELECTIONALGORITHMNORMALIZEDPRICE = (
        "TargetNodeSelectionAlgorithmNormalizedPrice"
    )
    TARGETNODESELECTIONALGORITHMUTILIZATION = "TargetNodeSelectionAlgorithmUtilization"
    TARGETNODESELECTIONALGORITHMUTILIZEDPRICE = (
        "TargetNodeSelectionAlgorithmUtilizedPrice"
    )

    def __str__(self) -> str:
        return str(self.value)
