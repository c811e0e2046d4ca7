from enum import StrEnum


class ClusterProvider(StrEnum):
    AKS = "aks"
    AWS = "aws"
    AZURE = "azure"
    EKS = "eks"
    GCE = "gce"
    GKE = "gke"

    def __str__(self) -> str:
        return str(self.value)
