from typing import Literal

DboV1DatabaseClusterType = Literal["Aurora", "Unknown"]

DBO_V1_DATABASE_CLUSTER_TYPE_VALUES: set[DboV1DatabaseClusterType] = {
    "Aurora",
    "Unknown",
}


def check_dbo_v1_database_cluster_type(value: str) -> DboV1DatabaseClusterType:
    if value in DBO_V1_DATABASE_CLUSTER_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DBO_V1_DATABASE_CLUSTER_TYPE_VALUES!r}"
    )
