from typing import Literal

NodeconfigV1ContainerRuntime = Literal[
    "CONTAINERD", "containerd", "dockerd", "DOCKERD", "unspecified", "UNSPECIFIED"
]

NODECONFIG_V1_CONTAINER_RUNTIME_VALUES: set[NodeconfigV1ContainerRuntime] = {
    "CONTAINERD",
    "containerd",
    "dockerd",
    "DOCKERD",
    "unspecified",
    "UNSPECIFIED",
}


def check_nodeconfig_v1_container_runtime(value: str) -> NodeconfigV1ContainerRuntime:
    if value in NODECONFIG_V1_CONTAINER_RUNTIME_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NODECONFIG_V1_CONTAINER_RUNTIME_VALUES!r}"
    )
