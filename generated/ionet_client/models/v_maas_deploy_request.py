from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vm_image_type import VmImageType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.v_maas_deploy_request_network_services import (
        VMaasDeployRequestNetworkServices,
    )
    from ..models.v_maas_deploy_request_ssh_keys_type_0 import (
        VMaasDeployRequestSshKeysType0,
    )


T = TypeVar("T", bound="VMaasDeployRequest")


@_attrs_define
class VMaasDeployRequest:
    """
    Attributes:
        gpus_per_vm (int):  Example: 8.
        hardware_id (int):  Example: 206.
        resource_private_name (str): Name of the deployment, visible only to its owner. Example: training-box.
        vms_qty (int):  Example: 1.
        duration_hours (int | Unset):  Example: 24.
        github_ids (list[str] | None | Unset): GitHub users whose public SSH keys are installed. Example: ['octocat'].
        location_ids (list[int] | Unset): Location to deploy in. Exactly one location is supported. Example: [1].
        network_services (VMaasDeployRequestNetworkServices | Unset): Ports to expose, by service name. Example: {'ssh':
            {'port': 22, 'protocol': 'tcp', 'whitelist': ['0.0.0.0/0']}}.
        node_pool_id (None | Unset | UUID): Private node pool to deploy into. Not allowed together with `location_ids`.
        ssh_keys (None | Unset | VMaasDeployRequestSshKeysType0): Public SSH keys to install, by key name. Example:
            {'laptop': 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExampleKey user@laptop'}.
        vm_image_type (VmImageType | Unset):  Example: general.
    """

    gpus_per_vm: int
    hardware_id: int
    resource_private_name: str
    vms_qty: int
    duration_hours: int | Unset = UNSET
    github_ids: list[str] | None | Unset = UNSET
    location_ids: list[int] | Unset = UNSET
    network_services: VMaasDeployRequestNetworkServices | Unset = UNSET
    node_pool_id: None | Unset | UUID = UNSET
    ssh_keys: None | Unset | VMaasDeployRequestSshKeysType0 = UNSET
    vm_image_type: VmImageType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.v_maas_deploy_request_ssh_keys_type_0 import (
            VMaasDeployRequestSshKeysType0,  # noqa: PLC0415
        )

        gpus_per_vm = self.gpus_per_vm

        hardware_id = self.hardware_id

        resource_private_name = self.resource_private_name

        vms_qty = self.vms_qty

        duration_hours = self.duration_hours

        github_ids: list[str] | None | Unset
        if isinstance(self.github_ids, Unset):
            github_ids = UNSET
        elif isinstance(self.github_ids, list):
            github_ids = self.github_ids

        else:
            github_ids = self.github_ids

        location_ids: list[int] | Unset = UNSET
        if not isinstance(self.location_ids, Unset):
            location_ids = self.location_ids

        network_services: dict[str, Any] | Unset = UNSET
        if not isinstance(self.network_services, Unset):
            network_services = self.network_services.to_dict()

        node_pool_id: None | str | Unset
        if isinstance(self.node_pool_id, Unset):
            node_pool_id = UNSET
        elif isinstance(self.node_pool_id, UUID):
            node_pool_id = str(self.node_pool_id)
        else:
            node_pool_id = self.node_pool_id

        ssh_keys: dict[str, Any] | None | Unset
        if isinstance(self.ssh_keys, Unset):
            ssh_keys = UNSET
        elif isinstance(self.ssh_keys, VMaasDeployRequestSshKeysType0):
            ssh_keys = self.ssh_keys.to_dict()
        else:
            ssh_keys = self.ssh_keys

        vm_image_type: str | Unset = UNSET
        if not isinstance(self.vm_image_type, Unset):
            vm_image_type = self.vm_image_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "gpus_per_vm": gpus_per_vm,
                "hardware_id": hardware_id,
                "resource_private_name": resource_private_name,
                "vms_qty": vms_qty,
            }
        )
        if duration_hours is not UNSET:
            field_dict["duration_hours"] = duration_hours
        if github_ids is not UNSET:
            field_dict["github_ids"] = github_ids
        if location_ids is not UNSET:
            field_dict["location_ids"] = location_ids
        if network_services is not UNSET:
            field_dict["network_services"] = network_services
        if node_pool_id is not UNSET:
            field_dict["node_pool_id"] = node_pool_id
        if ssh_keys is not UNSET:
            field_dict["ssh_keys"] = ssh_keys
        if vm_image_type is not UNSET:
            field_dict["vm_image_type"] = vm_image_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v_maas_deploy_request_network_services import (
            VMaasDeployRequestNetworkServices,  # noqa: PLC0415
        )
        from ..models.v_maas_deploy_request_ssh_keys_type_0 import (
            VMaasDeployRequestSshKeysType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        gpus_per_vm = d.pop("gpus_per_vm")

        hardware_id = d.pop("hardware_id")

        resource_private_name = d.pop("resource_private_name")

        vms_qty = d.pop("vms_qty")

        duration_hours = d.pop("duration_hours", UNSET)

        def _parse_github_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                github_ids_type_0 = cast(list[str], data)

                return github_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        github_ids = _parse_github_ids(d.pop("github_ids", UNSET))

        location_ids = cast(list[int], d.pop("location_ids", UNSET))

        _network_services = d.pop("network_services", UNSET)
        network_services: VMaasDeployRequestNetworkServices | Unset
        if isinstance(_network_services, Unset):
            network_services = UNSET
        else:
            network_services = VMaasDeployRequestNetworkServices.from_dict(
                _network_services
            )

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

        def _parse_ssh_keys(
            data: object,
        ) -> None | Unset | VMaasDeployRequestSshKeysType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                ssh_keys_type_0 = VMaasDeployRequestSshKeysType0.from_dict(data)

                return ssh_keys_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VMaasDeployRequestSshKeysType0, data)

        ssh_keys = _parse_ssh_keys(d.pop("ssh_keys", UNSET))

        _vm_image_type = d.pop("vm_image_type", UNSET)
        vm_image_type: VmImageType | Unset
        if isinstance(_vm_image_type, Unset):
            vm_image_type = UNSET
        else:
            vm_image_type = VmImageType(_vm_image_type)

        v_maas_deploy_request = cls(
            gpus_per_vm=gpus_per_vm,
            hardware_id=hardware_id,
            resource_private_name=resource_private_name,
            vms_qty=vms_qty,
            duration_hours=duration_hours,
            github_ids=github_ids,
            location_ids=location_ids,
            network_services=network_services,
            node_pool_id=node_pool_id,
            ssh_keys=ssh_keys,
            vm_image_type=vm_image_type,
        )

        v_maas_deploy_request.additional_properties = d
        return v_maas_deploy_request

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
