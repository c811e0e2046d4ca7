from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.deployment_status import DeploymentStatus

if TYPE_CHECKING:
    from ..models.deployment_container_config import DeploymentContainerConfig
    from ..models.location_data import LocationData


T = TypeVar("T", bound="DeploymentDetails")


@_attrs_define
class DeploymentDetails:
    """
    Attributes:
        amount_paid (float):  Example: 430.99.
        brand_name (str):  Example: NVIDIA.
        completed_percent (float):  Example: 37.5.
        compute_minutes_remaining (int):  Example: 900.
        compute_minutes_served (int):  Example: 540.
        container_config (DeploymentContainerConfig): Container definition of an existing deployment. Secret values are
            never returned, only their names.
        created_at (datetime.datetime):  Example: 2025-06-02T09:14:05Z.
        finished_at (datetime.datetime | None):
        gpus_per_container (int):  Example: 8.
        hardware_id (int):  Example: 206.
        hardware_name (str):  Example: H100 80GB HBM3.
        id (UUID):  Example: 8f2d6c1e-5b7a-4c3e-9a41-2f6e0d9b7c55.
        locations (list[LocationData]):
        started_at (datetime.datetime | None):  Example: 2025-06-02T09:16:41Z.
        status (DeploymentStatus): Status of a deployment as reported in responses. Lifecycle: `unpaid` → `deployment
            requested` → `deploying` → `running` → `completed` (duration elapsed) or `termination requested` →
            `destroyed`/`terminated`; `failed` when it cannot be scheduled or crashes. Example: running.
        total_containers (int):  Example: 1.
        total_gpus (int):  Example: 8.
    """

    amount_paid: float
    brand_name: str
    completed_percent: float
    compute_minutes_remaining: int
    compute_minutes_served: int
    container_config: DeploymentContainerConfig
    created_at: datetime.datetime
    finished_at: datetime.datetime | None
    gpus_per_container: int
    hardware_id: int
    hardware_name: str
    id: UUID
    locations: list[LocationData]
    started_at: datetime.datetime | None
    status: DeploymentStatus
    total_containers: int
    total_gpus: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount_paid = self.amount_paid

        brand_name = self.brand_name

        completed_percent = self.completed_percent

        compute_minutes_remaining = self.compute_minutes_remaining

        compute_minutes_served = self.compute_minutes_served

        container_config = self.container_config.to_dict()

        created_at = self.created_at.isoformat()

        finished_at: None | str
        if isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at

        gpus_per_container = self.gpus_per_container

        hardware_id = self.hardware_id

        hardware_name = self.hardware_name

        id = str(self.id)

        locations = []
        for locations_item_data in self.locations:
            locations_item = locations_item_data.to_dict()
            locations.append(locations_item)

        started_at: None | str
        if isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        status = self.status.value

        total_containers = self.total_containers

        total_gpus = self.total_gpus

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount_paid": amount_paid,
                "brand_name": brand_name,
                "completed_percent": completed_percent,
                "compute_minutes_remaining": compute_minutes_remaining,
                "compute_minutes_served": compute_minutes_served,
                "container_config": container_config,
                "created_at": created_at,
                "finished_at": finished_at,
                "gpus_per_container": gpus_per_container,
                "hardware_id": hardware_id,
                "hardware_name": hardware_name,
                "id": id,
                "locations": locations,
                "started_at": started_at,
                "status": status,
                "total_containers": total_containers,
                "total_gpus": total_gpus,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.deployment_container_config import DeploymentContainerConfig  # noqa: PLC0415
        from ..models.location_data import LocationData  # noqa: PLC0415

        d = dict(src_dict)
        amount_paid = d.pop("amount_paid")

        brand_name = d.pop("brand_name")

        completed_percent = d.pop("completed_percent")

        compute_minutes_remaining = d.pop("compute_minutes_remaining")

        compute_minutes_served = d.pop("compute_minutes_served")

        container_config = DeploymentContainerConfig.from_dict(
            d.pop("container_config")
        )

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_finished_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finished_at_type_0 = datetime.datetime.fromisoformat(data)

                return finished_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        finished_at = _parse_finished_at(d.pop("finished_at"))

        gpus_per_container = d.pop("gpus_per_container")

        hardware_id = d.pop("hardware_id")

        hardware_name = d.pop("hardware_name")

        id = UUID(d.pop("id"))

        locations = []
        _locations = d.pop("locations")
        for locations_item_data in _locations:
            locations_item = LocationData.from_dict(locations_item_data)

            locations.append(locations_item)

        def _parse_started_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_at_type_0 = datetime.datetime.fromisoformat(data)

                return started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        started_at = _parse_started_at(d.pop("started_at"))

        status = DeploymentStatus(d.pop("status"))

        total_containers = d.pop("total_containers")

        total_gpus = d.pop("total_gpus")

        deployment_details = cls(
            amount_paid=amount_paid,
            brand_name=brand_name,
            completed_percent=completed_percent,
            compute_minutes_remaining=compute_minutes_remaining,
            compute_minutes_served=compute_minutes_served,
            container_config=container_config,
            created_at=created_at,
            finished_at=finished_at,
            gpus_per_container=gpus_per_container,
            hardware_id=hardware_id,
            hardware_name=hardware_name,
            id=id,
            locations=locations,
            started_at=started_at,
            status=status,
            total_containers=total_containers,
            total_gpus=total_gpus,
        )

        deployment_details.additional_properties = d
        return deployment_details

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
