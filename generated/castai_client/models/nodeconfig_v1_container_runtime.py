from typing import Literal

NodeconfigV1ContainerRuntime = Literal[
    "containerd", "CONTAINERD", "dockerd", "DOCKERD", "UNSPECIFIED", "unspecified"
]

NODECONFIG_V1_CONTAINER_RUNTIME_VALUES: set[NodeconfigV1ContainerRuntime] = {
    "containerd",
    "CONTAINERD",
    "dockerd",
    "DOCKERD",
    "UNSPECIFIED",
    "unspecified",
}


def check_nodeconfig_v1_container_runtime(value: str) -> NodeconfigV1ContainerRuntime:
    if value in NODECONFIG_V1_CONTAINER_RUNTIME_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NODECONFIG_V1_CONTAINER_RUNTIME_VALUES!r}"
    )
