from typing import Literal

DboV1DatabaseType = Literal[
    "AuroraPostgreSQL", "MariaDB", "MongoDB", "MySQL", "PostgreSQL"
]

DBO_V1_DATABASE_TYPE_VALUES: set[DboV1DatabaseType] = {
    "AuroraPostgreSQL",
    "MariaDB",
    "MongoDB",
    "MySQL",
    "PostgreSQL",
}


def check_dbo_v1_database_type(value: str) -> DboV1DatabaseType:
    if value in DBO_V1_DATABASE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DBO_V1_DATABASE_TYPE_VALUES!r}"
    )
