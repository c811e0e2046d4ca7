from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.deployment_status import DeploymentStatus

if TYPE_CHECKING:
    from ..models.location_data import LocationData
    from ..models.vm_deployment_details_ssh_keys import VmDeploymentDetailsSshKeys


T = TypeVar("T", bound="VmDeploymentDetails")


@_attrs_define
class VmDeploymentDetails:
    """
    Attributes:
        amount_paid (float):  Example: 430.99.
        brand_name (str):  Example: NVIDIA.
        completed_percent (float):  Example: 12.5.
        compute_minutes_remaining (int):  Example: 1260.
        compute_minutes_served (int):  Example: 180.
        created_at (datetime.datetime):  Example: 2025-06-03T11:02:00Z.
        finished_at (datetime.datetime | None):
        github_ids (list[str]):  Example: ['octocat'].
        gpus_per_vm (int):  Example: 8.
        hardware_id (int):  Example: 206.
        hardware_name (str):  Example: H100 80GB HBM3.
        id (UUID):  Example: 2a7c9e14-6b3d-4f58-a1e2-9c0d8b7f6e53.
        locations (list[LocationData]):
        ssh_keys (VmDeploymentDetailsSshKeys):  Example: {'laptop': 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExampleKey
            user@laptop'}.
        started_at (datetime.datetime | None):  Example: 2025-06-03T11:06:30Z.
        status (DeploymentStatus): Status of a deployment as reported in responses. Lifecycle: `unpaid` → `deployment
            requested` → `deploying` → `running` → `completed` (duration elapsed) or `termination requested` →
            `destroyed`/`terminated`; `failed` when it cannot be scheduled or crashes. Example: running.
        total_gpus (int):  Example: 8.
        total_vms (int):  Example: 1.
    """

    amount_paid: float
    brand_name: str
    completed_percent: float
    compute_minutes_remaining: int
    compute_minutes_served: int
    created_at: datetime.datetime
    finished_at: datetime.datetime | None
    github_ids: list[str]
    gpus_per_vm: int
    hardware_id: int
    hardware_name: str
    id: UUID
    locations: list[LocationData]
    ssh_keys: VmDeploymentDetailsSshKeys
    started_at: datetime.datetime | None
    status: DeploymentStatus
    total_gpus: int
    total_vms: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount_paid = self.amount_paid

        brand_name = self.brand_name

        completed_percent = self.completed_percent

        compute_minutes_remaining = self.compute_minutes_remaining

        compute_minutes_served = self.compute_minutes_served

        created_at = self.created_at.isoformat()

        finished_at: None | str
        if isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at

        github_ids = self.github_ids

        gpus_per_vm = self.gpus_per_vm

        hardware_id = self.hardware_id

        hardware_name = self.hardware_name

        id = str(self.id)

        locations = []
        for locations_item_data in self.locations:
            locations_item = locations_item_data.to_dict()
            locations.append(locations_item)

        ssh_keys = self.ssh_keys.to_dict()

        started_at: None | str
        if isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        status = self.status.value

        total_gpus = self.total_gpus

        total_vms = self.total_vms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount_paid": amount_paid,
                "brand_name": brand_name,
                "completed_percent": completed_percent,
                "compute_minutes_remaining": compute_minutes_remaining,
                "compute_minutes_served": compute_minutes_served,
                "created_at": created_at,
                "finished_at": finished_at,
                "github_ids": github_ids,
                "gpus_per_vm": gpus_per_vm,
                "hardware_id": hardware_id,
                "hardware_name": hardware_name,
                "id": id,
                "locations": locations,
                "ssh_keys": ssh_keys,
                "started_at": started_at,
                "status": status,
                "total_gpus": total_gpus,
                "total_vms": total_vms,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.location_data import LocationData  # noqa: PLC0415
        from ..models.vm_deployment_details_ssh_keys import VmDeploymentDetailsSshKeys  # noqa: PLC0415

        d = dict(src_dict)
        amount_paid = d.pop("amount_paid")

        brand_name = d.pop("brand_name")

        completed_percent = d.pop("completed_percent")

        compute_minutes_remaining = d.pop("compute_minutes_remaining")

        compute_minutes_served = d.pop("compute_minutes_served")

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

        github_ids = cast(list[str], d.pop("github_ids"))

        gpus_per_vm = d.pop("gpus_per_vm")

        hardware_id = d.pop("hardware_id")

        hardware_name = d.pop("hardware_name")

        id = UUID(d.pop("id"))

        locations = []
        _locations = d.pop("locations")
        for locations_item_data in _locations:
            locations_item = LocationData.from_dict(locations_item_data)

            locations.append(locations_item)

        ssh_keys = VmDeploymentDetailsSshKeys.from_dict(d.pop("ssh_keys"))

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

        total_gpus = d.pop("total_gpus")

        total_vms = d.pop("total_vms")

        vm_deployment_details = cls(
            amount_paid=amount_paid,
            brand_name=brand_name,
            completed_percent=completed_percent,
            compute_minutes_remaining=compute_minutes_remaining,
            compute_minutes_served=compute_minutes_served,
            created_at=created_at,
            finished_at=finished_at,
            github_ids=github_ids,
            gpus_per_vm=gpus_per_vm,
            hardware_id=hardware_id,
            hardware_name=hardware_name,
            id=id,
            locations=locations,
            ssh_keys=ssh_keys,
            started_at=started_at,
            status=status,
            total_gpus=total_gpus,
            total_vms=total_vms,
        )

        vm_deployment_details.additional_properties = d
        return vm_deployment_details

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
