from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.container_event import ContainerEvent


T = TypeVar("T", bound="WorkerData")


@_attrs_define
class WorkerData:
    """One container of a deployment, or one job of a container.

    Attributes:
        brand_name (str):  Example: NVIDIA.
        container_events (list[ContainerEvent] | None):
        container_id (str):  Example: caas-5b7a4c3e-0.
        created_at (datetime.datetime):  Example: 2025-06-02T09:15:10Z.
        device_id (UUID):  Example: 5e1c2b7a-9d4f-4a6e-8b3c-1f0a2d7e6c98.
        gpus_per_container (int):  Example: 8.
        hardware (str):  Example: H100 80GB HBM3.
        public_url (None | str):  Example: https://vmaas-5b7a4c3e.headnodes.io.systems.
        status (str): Container state as reported by the node (free-form, e.g. `running`). Example: running.
        uptime_percent (float):  Example: 99.2.
    """

    brand_name: str
    container_events: list[ContainerEvent] | None
    container_id: str
    created_at: datetime.datetime
    device_id: UUID
    gpus_per_container: int
    hardware: str
    public_url: None | str
    status: str
    uptime_percent: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        brand_name = self.brand_name

        container_events: list[dict[str, Any]] | None
        if isinstance(self.container_events, list):
            container_events = []
            for container_events_type_0_item_data in self.container_events:
                container_events_type_0_item = (
                    container_events_type_0_item_data.to_dict()
                )
                container_events.append(container_events_type_0_item)

        else:
            container_events = self.container_events

        container_id = self.container_id

        created_at = self.created_at.isoformat()

        device_id = str(self.device_id)

        gpus_per_container = self.gpus_per_container

        hardware = self.hardware

        public_url: None | str
        public_url = self.public_url

        status = self.status

        uptime_percent = self.uptime_percent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "brand_name": brand_name,
                "container_events": container_events,
                "container_id": container_id,
                "created_at": created_at,
                "device_id": device_id,
                "gpus_per_container": gpus_per_container,
                "hardware": hardware,
                "public_url": public_url,
                "status": status,
                "uptime_percent": uptime_percent,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.container_event import ContainerEvent  # noqa: PLC0415

        d = dict(src_dict)
        brand_name = d.pop("brand_name")

        def _parse_container_events(data: object) -> list[ContainerEvent] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                container_events_type_0 = []
                _container_events_type_0 = data
                for container_events_type_0_item_data in _container_events_type_0:
                    container_events_type_0_item = ContainerEvent.from_dict(
                        container_events_type_0_item_data
                    )

                    container_events_type_0.append(container_events_type_0_item)

                return container_events_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ContainerEvent] | None, data)

        container_events = _parse_container_events(d.pop("container_events"))

        container_id = d.pop("container_id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        device_id = UUID(d.pop("device_id"))

        gpus_per_container = d.pop("gpus_per_container")

        hardware = d.pop("hardware")

        def _parse_public_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        public_url = _parse_public_url(d.pop("public_url"))

        status = d.pop("status")

        uptime_percent = d.pop("uptime_percent")

        worker_data = cls(
            brand_name=brand_name,
            container_events=container_events,
            container_id=container_id,
            created_at=created_at,
            device_id=device_id,
            gpus_per_container=gpus_per_container,
            hardware=hardware,
            public_url=public_url,
            status=status,
            uptime_percent=uptime_percent,
        )

        worker_data.additional_properties = d
        return worker_data

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
