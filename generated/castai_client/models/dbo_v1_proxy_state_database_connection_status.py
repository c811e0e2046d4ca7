from typing import Literal

DboV1ProxyStateDatabaseConnectionStatus = Literal[
    "ConnectionFailure", "DNSFailure", "Success", "Unknown"
]

DBO_V1_PROXY_STATE_DATABASE_CONNECTION_STATUS_VALUES: set[
    DboV1ProxyStateDatabaseConnectionStatus
] = {
    "ConnectionFailure",
    "DNSFailure",
    "Success",
    "Unknown",
}


def check_dbo_v1_proxy_state_database_connection_status(
    value: str,
) -> DboV1ProxyStateDatabaseConnectionStatus:
    if value in DBO_V1_PROXY_STATE_DATABASE_CONNECTION_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DBO_V1_PROXY_STATE_DATABASE_CONNECTION_STATUS_VALUES!r}"
    )
