from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NodeTemplateGPU")


@_attrs_define
class NodeTemplateGPU:
    """GPU sharing settings of a node template.

    Attributes:
        default_shared_clients_per_gpu (int | None | Unset):
        enable_time_sharing (bool | Unset):  Example: False.
        user_managed_gpu_drivers (bool | None | Unset):
    """

    default_shared_clients_per_gpu: int | None | Unset = UNSET
    enable_time_sharing: bool | Unset = UNSET
    user_managed_gpu_drivers: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        default_shared_clients_per_gpu: int | None | Unset
        if isinstance(self.default_shared_clients_per_gpu, Unset):
            default_shared_clients_per_gpu = UNSET
        else:
            default_shared_clients_per_gpu = self.default_shared_clients_per_gpu

        enable_time_sharing = self.enable_time_sharing

        user_managed_gpu_drivers: bool | None | Unset
        if isinstance(self.user_managed_gpu_drivers, Unset):
            user_managed_gpu_drivers = UNSET
        else:
            user_managed_gpu_drivers = self.user_managed_gpu_drivers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if default_shared_clients_per_gpu is not UNSET:
            field_dict["defaultSharedClientsPerGpu"] = default_shared_clients_per_gpu
        if enable_time_sharing is not UNSET:
            field_dict["enableTimeSharing"] = enable_time_sharing
        if user_managed_gpu_drivers is not UNSET:
            field_dict["userManagedGpuDrivers"] = user_managed_gpu_drivers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_default_shared_clients_per_gpu(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        default_shared_clients_per_gpu = _parse_default_shared_clients_per_gpu(
            d.pop("defaultSharedClientsPerGpu", UNSET)
        )

        enable_time_sharing = d.pop("enableTimeSharing", UNSET)

        def _parse_user_managed_gpu_drivers(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        user_managed_gpu_drivers = _parse_user_managed_gpu_drivers(
            d.pop("userManagedGpuDrivers", UNSET)
        )

        node_template_gpu = cls(
            default_shared_clients_per_gpu=default_shared_clients_per_gpu,
            enable_time_sharing=enable_time_sharing,
            user_managed_gpu_drivers=user_managed_gpu_drivers,
        )

        node_template_gpu.additional_properties = d
        return node_template_gpu

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
