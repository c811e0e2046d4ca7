from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.container_config import ContainerConfig
    from ..models.registry_config import RegistryConfig


T = TypeVar("T", bound="CaaSDeployClusterRequest")


@_attrs_define
class CaaSDeployClusterRequest:
    """
    Attributes:
        container_config (ContainerConfig): Container definition of a new deployment.
        gpus_per_container (int):  Example: 8.
        hardware_id (int):  Example: 206.
        registry_config (RegistryConfig):
        resource_private_name (str): Name of the deployment, visible only to its owner. Example: llm-inference.
        duration_hours (int | Unset): Hours the deployment runs before it completes. Example: 24.
        location_ids (list[int] | None | Unset): Location to deploy in. Exactly one location is supported. Example: [1].
        node_pool_id (None | Unset | UUID): Private node pool to deploy into. Not allowed together with `location_ids`.
    """

    container_config: ContainerConfig
    gpus_per_container: int
    hardware_id: int
    registry_config: RegistryConfig
    resource_private_name: str
    duration_hours: int | Unset = UNSET
    location_ids: list[int] | None | Unset = UNSET
    node_pool_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        container_config = self.container_config.to_dict()

        gpus_per_container = self.gpus_per_container

        hardware_id = self.hardware_id

        registry_config = self.registry_config.to_dict()

        resource_private_name = self.resource_private_name

        duration_hours = self.duration_hours

        location_ids: list[int] | None | Unset
        if isinstance(self.location_ids, Unset):
            location_ids = UNSET
        elif isinstance(self.location_ids, list):
            location_ids = self.location_ids

        else:
            location_ids = self.location_ids

        node_pool_id: None | str | Unset
        if isinstance(self.node_pool_id, Unset):
            node_pool_id = UNSET
        elif isinstance(self.node_pool_id, UUID):
            node_pool_id = str(self.node_pool_id)
        else:
            node_pool_id = self.node_pool_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "container_config": container_config,
                "gpus_per_container": gpus_per_container,
                "hardware_id": hardware_id,
                "registry_config": registry_config,
                "resource_private_name": resource_private_name,
            }
        )
        if duration_hours is not UNSET:
            field_dict["duration_hours"] = duration_hours
        if location_ids is not UNSET:
            field_dict["location_ids"] = location_ids
        if node_pool_id is not UNSET:
            field_dict["node_pool_id"] = node_pool_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.container_config import ContainerConfig  # noqa: PLC0415
        from ..models.registry_config import RegistryConfig  # noqa: PLC0415

        d = dict(src_dict)
        container_config = ContainerConfig.from_dict(d.pop("container_config"))

        gpus_per_container = d.pop("gpus_per_container")

        hardware_id = d.pop("hardware_id")

        registry_config = RegistryConfig.from_dict(d.pop("registry_config"))

        resource_private_name = d.pop("resource_private_name")

        duration_hours = d.pop("duration_hours", UNSET)

        def _parse_location_ids(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                location_ids_type_0 = cast(list[int], data)

                return location_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        location_ids = _parse_location_ids(d.pop("location_ids", UNSET))

        def _parse_node_pool_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                node_pool_id_type_0 = UUID(data)

                return node_pool_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        node_pool_id = _parse_node_pool_id(d.pop("node_pool_id", UNSET))

        caa_s_deploy_cluster_request = cls(
            container_config=container_config,
            gpus_per_container=gpus_per_container,
            hardware_id=hardware_id,
            registry_config=registry_config,
            resource_private_name=resource_private_name,
            duration_hours=duration_hours,
            location_ids=location_ids,
            node_pool_id=node_pool_id,
        )

        caa_s_deploy_cluster_request.additional_properties = d
        return caa_s_deploy_cluster_request

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
