from typing import Literal

ExternalClusterApiGetCredentialsScriptKentParamsItem = Literal[
    "enable_rebalancing", "enable_spot_interruption_prediction", "install_evictor"
]

EXTERNAL_CLUSTER_API_GET_CREDENTIALS_SCRIPT_KENT_PARAMS_ITEM_VALUES: set[
    ExternalClusterApiGetCredentialsScriptKentParamsItem
] = {
    "enable_rebalancing",
    "enable_spot_interruption_prediction",
    "install_evictor",
}


def check_external_cluster_api_get_credentials_script_kent_params_item(
    value: str,
) -> ExternalClusterApiGetCredentialsScriptKentParamsItem:
    if value in EXTERNAL_CLUSTER_API_GET_CREDENTIALS_SCRIPT_KENT_PARAMS_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EXTERNAL_CLUSTER_API_GET_CREDENTIALS_SCRIPT_KENT_PARAMS_ITEM_VALUES!r}"
    )
