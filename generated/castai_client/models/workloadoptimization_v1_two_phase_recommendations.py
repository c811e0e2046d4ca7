from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workloadoptimization_v1_resource_quantity import (
        WorkloadoptimizationV1ResourceQuantity,
    )


T = TypeVar("T", bound="WorkloadoptimizationV1TwoPhaseRecommendations")


@_attrs_define
class WorkloadoptimizationV1TwoPhaseRecommendations:
    """
    Attributes:
        enabled (bool):
        requests_on_startup (WorkloadoptimizationV1ResourceQuantity | Unset):
    """

    enabled: bool
    requests_on_startup: WorkloadoptimizationV1ResourceQuantity | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        requests_on_startup: dict[str, Any] | Unset = UNSET
        if not isinstance(self.requests_on_startup, Unset):
            requests_on_startup = self.requests_on_startup.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enabled": enabled,
            }
        )
        if requests_on_startup is not UNSET:
            field_dict["requestsOnStartup"] = requests_on_startup

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workloadoptimization_v1_resource_quantity import (
            WorkloadoptimizationV1ResourceQuantity,  # noqa: PLC0415
        )

        d = dict(src_dict)
        enabled = d.pop("enabled")

        _requests_on_startup = d.pop("requestsOnStartup", UNSET)
        requests_on_startup: WorkloadoptimizationV1ResourceQuantity | Unset
        if isinstance(_requests_on_startup, Unset):
            requests_on_startup = UNSET
        else:
            requests_on_startup = WorkloadoptimizationV1ResourceQuantity.from_dict(
                _requests_on_startup
            )

        workloadoptimization_v1_two_phase_recommendations = cls(
            enabled=enabled,
            requests_on_startup=requests_on_startup,
        )

        workloadoptimization_v1_two_phase_recommendations.additional_properties = d
        return workloadoptimization_v1_two_phase_recommendations

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
