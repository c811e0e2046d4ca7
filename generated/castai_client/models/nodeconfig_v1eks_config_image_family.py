from typing import Literal

NodeconfigV1EKSConfigImageFamily = Literal[
    "family_al2",
    "FAMILY_AL2",
    "FAMILY_AL2023",
    "family_al2023",
    "FAMILY_BOTTLEROCKET",
    "family_bottlerocket",
    "FAMILY_UNSPECIFIED",
]

NODECONFIG_V1EKS_CONFIG_IMAGE_FAMILY_VALUES: set[NodeconfigV1EKSConfigImageFamily] = {
    "family_al2",
    "FAMILY_AL2",
    "FAMILY_AL2023",
    "family_al2023",
    "FAMILY_BOTTLEROCKET",
    "family_bottlerocket",
    "FAMILY_UNSPECIFIED",
}


def check_nodeconfig_v1eks_config_image_family(
    value: str,
) -> NodeconfigV1EKSConfigImageFamily:
    if value in NODECONFIG_V1EKS_CONFIG_IMAGE_FAMILY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NODECONFIG_V1EKS_CONFIG_IMAGE_FAMILY_VALUES!r}"
    )
