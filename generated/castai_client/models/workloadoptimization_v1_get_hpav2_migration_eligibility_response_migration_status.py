from typing import Literal

WorkloadoptimizationV1GetHPAV2MigrationEligibilityResponseMigrationStatus = Literal[
    "BLOCKED", "FULL", "NONE", "PARTIAL", "UNSPECIFIED"
]

WORKLOADOPTIMIZATION_V1_GET_HPAV2_MIGRATION_ELIGIBILITY_RESPONSE_MIGRATION_STATUS_VALUES: set[
    WorkloadoptimizationV1GetHPAV2MigrationEligibilityResponseMigrationStatus
] = {
    "BLOCKED",
    "FULL",
    "NONE",
    "PARTIAL",
    "UNSPECIFIED",
}


def check_workloadoptimization_v1_get_hpav2_migration_eligibility_response_migration_status(
    value: str,
) -> WorkloadoptimizationV1GetHPAV2MigrationEligibilityResponseMigrationStatus:
    if (
        value
        in WORKLOADOPTIMIZATION_V1_GET_HPAV2_MIGRATION_ELIGIBILITY_RESPONSE_MIGRATION_STATUS_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WORKLOADOPTIMIZATION_V1_GET_HPAV2_MIGRATION_ELIGIBILITY_RESPONSE_MIGRATION_STATUS_VALUES!r}"
    )
