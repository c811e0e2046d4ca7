from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.vm_event import VmEvent
    from ..models.vm_worker_data_network_services import VmWorkerDataNetworkServices


T = TypeVar("T", bound="VmWorkerData")


@_attrs_define
class VmWorkerData:
    """One virtual machine of a deployment, or one job of a virtual machine.

    Attributes:
        brand_name (str):  Example: NVIDIA.
        created_at (datetime.datetime):  Example: 2025-06-03T11:03:12Z.
        device_id (UUID):  Example: 5e1c2b7a-9d4f-4a6e-8b3c-1f0a2d7e6c98.
        gpus_per_vm (int):  Example: 8.
        hardware (str):  Example: H100 80GB HBM3.
        network_services (VmWorkerDataNetworkServices):
        ssh_access (str):  Example: ssh -p 30122 ubuntu@203.0.113.24.
        status (str): VM state as reported by the node (free-form, e.g. `running`). Example: running.
        uptime_percent (float):  Example: 100.
        vm_events (list[VmEvent] | None):
        vm_id (str):  Example: vm-7f3a9c21.
    """

    brand_name: str
    created_at: datetime.datetime
    device_id: UUID
    gpus_per_vm: int
    hardware: str
    network_services: VmWorkerDataNetworkServices
    ssh_access: str
    status: str
    uptime_percent: float
    vm_events: list[VmEvent] | None
    vm_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        brand_name = self.brand_name

        created_at = self.created_at.isoformat()

        device_id = str(self.device_id)

        gpus_per_vm = self.gpus_per_vm

        hardware = self.hardware

        network_services = self.network_services.to_dict()

        ssh_access = self.ssh_access

        status = self.status

        uptime_percent = self.uptime_percent

        vm_events: list[dict[str, Any]] | None
        if isinstance(self.vm_events, list):
            vm_events = []
            for vm_events_type_0_item_data in self.vm_events:
                vm_events_type_0_item = vm_events_type_0_item_data.to_dict()
                vm_events.append(vm_events_type_0_item)

        else:
            vm_events = self.vm_events

        vm_id = self.vm_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "brand_name": brand_name,
                "created_at": created_at,
                "device_id": device_id,
                "gpus_per_vm": gpus_per_vm,
                "hardware": hardware,
                "network_services": network_services,
                "ssh_access": ssh_access,
                "status": status,
                "uptime_percent": uptime_percent,
                "vm_events": vm_events,
                "vm_id": vm_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.vm_event import VmEvent  # noqa: PLC0415
        from ..models.vm_worker_data_network_services import VmWorkerDataNetworkServices  # noqa: PLC0415

        d = dict(src_dict)
        brand_name = d.pop("brand_name")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        device_id = UUID(d.pop("device_id"))

        gpus_per_vm = d.pop("gpus_per_vm")

        hardware = d.pop("hardware")

        network_services = VmWorkerDataNetworkServices.from_dict(
            d.pop("network_services")
        )

        ssh_access = d.pop("ssh_access")

        status = d.pop("status")

        uptime_percent = d.pop("uptime_percent")

        def _parse_vm_events(data: object) -> list[VmEvent] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                vm_events_type_0 = []
                _vm_events_type_0 = data
                for vm_events_type_0_item_data in _vm_events_type_0:
                    vm_events_type_0_item = VmEvent.from_dict(
                        vm_events_type_0_item_data
                    )

                    vm_events_type_0.append(vm_events_type_0_item)

                return vm_events_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[VmEvent] | None, data)

        vm_events = _parse_vm_events(d.pop("vm_events"))

        vm_id = d.pop("vm_id")

        vm_worker_data = cls(
            brand_name=brand_name,
            created_at=created_at,
            device_id=device_id,
            gpus_per_vm=gpus_per_vm,
            hardware=hardware,
            network_services=network_services,
            ssh_access=ssh_access,
            status=status,
            uptime_percent=uptime_percent,
            vm_events=vm_events,
            vm_id=vm_id,
        )

        vm_worker_data.additional_properties = d
        return vm_worker_data

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
