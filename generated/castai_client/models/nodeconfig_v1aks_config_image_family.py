from typing import Literal

NodeconfigV1AKSConfigImageFamily = Literal[
    "FAMILY_AZURE_LINUX",
    "family_azure_linux",
    "FAMILY_UBUNTU",
    "family_ubuntu",
    "family_ubuntu_2204",
    "FAMILY_UBUNTU_2204",
    "family_ubuntu_2404",
    "FAMILY_UBUNTU_2404",
    "FAMILY_UNSPECIFIED",
    "FAMILY_WINDOWS_2019",
    "family_windows_2019",
    "FAMILY_WINDOWS_2022",
    "family_windows_2022",
    "FAMILY_WINDOWS_2025",
    "family_windows_2025",
]

NODECONFIG_V1AKS_CONFIG_IMAGE_FAMILY_VALUES: set[NodeconfigV1AKSConfigImageFamily] = {
    "FAMILY_AZURE_LINUX",
    "family_azure_linux",
    "FAMILY_UBUNTU",
    "family_ubuntu",
    "family_ubuntu_2204",
    "FAMILY_UBUNTU_2204",
    "family_ubuntu_2404",
    "FAMILY_UBUNTU_2404",
    "FAMILY_UNSPECIFIED",
    "FAMILY_WINDOWS_2019",
    "family_windows_2019",
    "FAMILY_WINDOWS_2022",
    "family_windows_2022",
    "FAMILY_WINDOWS_2025",
    "family_windows_2025",
}


def check_nodeconfig_v1aks_config_image_family(
    value: str,
) -> NodeconfigV1AKSConfigImageFamily:
    if value in NODECONFIG_V1AKS_CONFIG_IMAGE_FAMILY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NODECONFIG_V1AKS_CONFIG_IMAGE_FAMILY_VALUES!r}"
    )
