from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.nodetemplates_v1gpu_sharing_strategy import (
    NodetemplatesV1GPUSharingStrategy,
    check_nodetemplates_v1gpu_sharing_strategy,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.nodetemplates_v1gpu_sharing_configuration import (
        NodetemplatesV1GPUSharingConfiguration,
    )


T = TypeVar("T", bound="NodetemplatesV1GPU")


@_attrs_define
class NodetemplatesV1GPU:
    """
    Attributes:
        default_shared_clients_per_gpu (int | None | Unset):
        enable_time_sharing (bool | Unset):
        sharing_configuration (NodetemplatesV1GPUSharingConfiguration | Unset):
        sharing_strategy (NodetemplatesV1GPUSharingStrategy | Unset):
        user_managed_gpu_drivers (bool | None | Unset):
    """

    default_shared_clients_per_gpu: int | None | Unset = UNSET
    enable_time_sharing: bool | Unset = UNSET
    sharing_configuration: NodetemplatesV1GPUSharingConfiguration | Unset = UNSET
    sharing_strategy: NodetemplatesV1GPUSharingStrategy | Unset = UNSET
    user_managed_gpu_drivers: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        default_shared_clients_per_gpu: int | None | Unset
        if isinstance(self.default_shared_clients_per_gpu, Unset):
            default_shared_clients_per_gpu = UNSET
        else:
            default_shared_clients_per_gpu = self.default_shared_clients_per_gpu

        enable_time_sharing = self.enable_time_sharing

        sharing_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sharing_configuration, Unset):
            sharing_configuration = self.sharing_configuration.to_dict()

        sharing_strategy: str | Unset = UNSET
        if not isinstance(self.sharing_strategy, Unset):
            sharing_strategy = self.sharing_strategy

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
        if sharing_configuration is not UNSET:
            field_dict["sharingConfiguration"] = sharing_configuration
        if sharing_strategy is not UNSET:
            field_dict["sharingStrategy"] = sharing_strategy
        if user_managed_gpu_drivers is not UNSET:
            field_dict["userManagedGpuDrivers"] = user_managed_gpu_drivers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.nodetemplates_v1gpu_sharing_configuration import (
            NodetemplatesV1GPUSharingConfiguration,  # noqa: PLC0415
        )

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

        _sharing_configuration = d.pop("sharingConfiguration", UNSET)
        sharing_configuration: NodetemplatesV1GPUSharingConfiguration | Unset
        if isinstance(_sharing_configuration, Unset):
            sharing_configuration = UNSET
        else:
            sharing_configuration = NodetemplatesV1GPUSharingConfiguration.from_dict(
                _sharing_configuration
            )

        _sharing_strategy = d.pop("sharingStrategy", UNSET)
        sharing_strategy: NodetemplatesV1GPUSharingStrategy | Unset
        if isinstance(_sharing_strategy, Unset):
            sharing_strategy = UNSET
        else:
            sharing_strategy = check_nodetemplates_v1gpu_sharing_strategy(
                _sharing_strategy
            )

        def _parse_user_managed_gpu_drivers(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        user_managed_gpu_drivers = _parse_user_managed_gpu_drivers(
            d.pop("userManagedGpuDrivers", UNSET)
        )

        nodetemplates_v1gpu = cls(
            default_shared_clients_per_gpu=default_shared_clients_per_gpu,
            enable_time_sharing=enable_time_sharing,
            sharing_configuration=sharing_configuration,
            sharing_strategy=sharing_strategy,
            user_managed_gpu_drivers=user_managed_gpu_drivers,
        )

        nodetemplates_v1gpu.additional_properties = d
        return nodetemplates_v1gpu

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
