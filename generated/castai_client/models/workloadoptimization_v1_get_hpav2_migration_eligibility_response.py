from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workloadoptimization_v1_get_hpav2_migration_eligibility_response_migration_status import (
    WorkloadoptimizationV1GetHPAV2MigrationEligibilityResponseMigrationStatus,
    check_workloadoptimization_v1_get_hpav2_migration_eligibility_response_migration_status,
)

T = TypeVar("T", bound="WorkloadoptimizationV1GetHPAV2MigrationEligibilityResponse")


@_attrs_define
class WorkloadoptimizationV1GetHPAV2MigrationEligibilityResponse:
    """
    Attributes:
        eligible_count (int):
        status (WorkloadoptimizationV1GetHPAV2MigrationEligibilityResponseMigrationStatus):
    """

    eligible_count: int
    status: WorkloadoptimizationV1GetHPAV2MigrationEligibilityResponseMigrationStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        eligible_count = self.eligible_count

        status: str = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "eligibleCount": eligible_count,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        eligible_count = d.pop("eligibleCount")

        status = check_workloadoptimization_v1_get_hpav2_migration_eligibility_response_migration_status(
            d.pop("status")
        )

        workloadoptimization_v1_get_hpav2_migration_eligibility_response = cls(
            eligible_count=eligible_count,
            status=status,
        )

        workloadoptimization_v1_get_hpav2_migration_eligibility_response.additional_properties = d
        return workloadoptimization_v1_get_hpav2_migration_eligibility_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
