from typing import Literal

NodeconfigV1SelfHostedWithEC2NodesConfigImageFamily = Literal[
    "family_al2",
    "FAMILY_AL2",
    "FAMILY_AL2023",
    "family_al2023",
    "FAMILY_BOTTLEROCKET",
    "family_bottlerocket",
    "family_custom",
    "FAMILY_CUSTOM",
    "FAMILY_UNSPECIFIED",
]

NODECONFIG_V1_SELF_HOSTED_WITH_EC2_NODES_CONFIG_IMAGE_FAMILY_VALUES: set[
    NodeconfigV1SelfHostedWithEC2NodesConfigImageFamily
] = {
    "family_al2",
    "FAMILY_AL2",
    "FAMILY_AL2023",
    "family_al2023",
    "FAMILY_BOTTLEROCKET",
    "family_bottlerocket",
    "family_custom",
    "FAMILY_CUSTOM",
    "FAMILY_UNSPECIFIED",
}


def check_nodeconfig_v1_self_hosted_with_ec2_nodes_config_image_family(
    value: str,
) -> NodeconfigV1SelfHostedWithEC2NodesConfigImageFamily:
    if value in NODECONFIG_V1_SELF_HOSTED_WITH_EC2_NODES_CONFIG_IMAGE_FAMILY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NODECONFIG_V1_SELF_HOSTED_WITH_EC2_NODES_CONFIG_IMAGE_FAMILY_VALUES!r}"
    )
