from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.deployment_status import DeploymentStatus

T = TypeVar("T", bound="DeploymentData")


@_attrs_define
class DeploymentData:
    """One row of a deployment listing.

    Attributes:
        brand_name (str):  Example: NVIDIA.
        completed_percent (float):  Example: 37.5.
        compute_minutes_remaining (int):  Example: 900.
        compute_minutes_served (int):  Example: 540.
        hardware_name (str):  Example: H100 80GB HBM3.
        hardware_quantity (int):  Example: 8.
        id (UUID):  Example: 8f2d6c1e-5b7a-4c3e-9a41-2f6e0d9b7c55.
        name (str):  Example: llm-inference.
        status (DeploymentStatus): Status of a deployment as reported in responses. Lifecycle: `unpaid` → `deployment
            requested` → `deploying` → `running` → `completed` (duration elapsed) or `termination requested` →
            `destroyed`/`terminated`; `failed` when it cannot be scheduled or crashes. Example: running.
    """

    brand_name: str
    completed_percent: float
    compute_minutes_remaining: int
    compute_minutes_served: int
    hardware_name: str
    hardware_quantity: int
    id: UUID
    name: str
    status: DeploymentStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        brand_name = self.brand_name

        completed_percent = self.completed_percent

        compute_minutes_remaining = self.compute_minutes_remaining

        compute_minutes_served = self.compute_minutes_served

        hardware_name = self.hardware_name

        hardware_quantity = self.hardware_quantity

        id = str(self.id)

        name = self.name

        status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "brand_name": brand_name,
                "completed_percent": completed_percent,
                "compute_minutes_remaining": compute_minutes_remaining,
                "compute_minutes_served": compute_minutes_served,
                "hardware_name": hardware_name,
                "hardware_quantity": hardware_quantity,
                "id": id,
                "name": name,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        brand_name = d.pop("brand_name")

        completed_percent = d.pop("completed_percent")

        compute_minutes_remaining = d.pop("compute_minutes_remaining")

        compute_minutes_served = d.pop("compute_minutes_served")

        hardware_name = d.pop("hardware_name")

        hardware_quantity = d.pop("hardware_quantity")

        id = UUID(d.pop("id"))

        name = d.pop("name")

        status = DeploymentStatus(d.pop("status"))

        deployment_data = cls(
            brand_name=brand_name,
            completed_percent=completed_percent,
            compute_minutes_remaining=compute_minutes_remaining,
            compute_minutes_served=compute_minutes_served,
            hardware_name=hardware_name,
            hardware_quantity=hardware_quantity,
            id=id,
            name=name,
            status=status,
        )

        deployment_data.additional_properties = d
        return deployment_data

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
