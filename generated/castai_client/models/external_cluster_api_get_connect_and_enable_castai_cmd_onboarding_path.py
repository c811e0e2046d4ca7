from typing import Literal

ExternalClusterApiGetConnectAndEnableCastaiCmdOnboardingPath = Literal[
    "ONBOARDING_PATH_CASTCTL",
    "ONBOARDING_PATH_HELM",
    "ONBOARDING_PATH_SCRIPT",
    "ONBOARDING_PATH_UNSPECIFIED",
]

EXTERNAL_CLUSTER_API_GET_CONNECT_AND_ENABLE_CASTAI_CMD_ONBOARDING_PATH_VALUES: set[
    ExternalClusterApiGetConnectAndEnableCastaiCmdOnboardingPath
] = {
    "ONBOARDING_PATH_CASTCTL",
    "ONBOARDING_PATH_HELM",
    "ONBOARDING_PATH_SCRIPT",
    "ONBOARDING_PATH_UNSPECIFIED",
}


def check_external_cluster_api_get_connect_and_enable_castai_cmd_onboarding_path(
    value: str,
) -> ExternalClusterApiGetConnectAndEnableCastaiCmdOnboardingPath:
    if (
        value
        in EXTERNAL_CLUSTER_API_GET_CONNECT_AND_ENABLE_CASTAI_CMD_ONBOARDING_PATH_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EXTERNAL_CLUSTER_API_GET_CONNECT_AND_ENABLE_CASTAI_CMD_ONBOARDING_PATH_VALUES!r}"
    )
