from enum import StrEnum


class ClusterCreateEtcdType(StrEnum):
    SELF_HOSTED = "self_hosted"

    def __str__(self) -> str:
        return str(self.value)
