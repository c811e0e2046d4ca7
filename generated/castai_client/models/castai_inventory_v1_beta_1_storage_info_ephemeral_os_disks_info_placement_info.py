from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.castai_inventory_v1_beta_1_storage_info_ephemeral_os_disks_info_placement import (
    CastaiInventoryV1Beta1StorageInfoEphemeralOSDisksInfoPlacement,
    check_castai_inventory_v1_beta_1_storage_info_ephemeral_os_disks_info_placement,
)
from ..types import UNSET, Unset

T = TypeVar(
    "T", bound="CastaiInventoryV1Beta1StorageInfoEphemeralOSDisksInfoPlacementInfo"
)


@_attrs_define
class CastaiInventoryV1Beta1StorageInfoEphemeralOSDisksInfoPlacementInfo:
    """
    Attributes:
        max_size_gib (int | Unset):
        placement (CastaiInventoryV1Beta1StorageInfoEphemeralOSDisksInfoPlacement | Unset):
    """

    max_size_gib: int | Unset = UNSET
    placement: (
        CastaiInventoryV1Beta1StorageInfoEphemeralOSDisksInfoPlacement | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_size_gib = self.max_size_gib

        placement: str | Unset = UNSET
        if not isinstance(self.placement, Unset):
            placement = self.placement

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if max_size_gib is not UNSET:
            field_dict["maxSizeGib"] = max_size_gib
        if placement is not UNSET:
            field_dict["placement"] = placement

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        max_size_gib = d.pop("maxSizeGib", UNSET)

        _placement = d.pop("placement", UNSET)
        placement: (
            CastaiInventoryV1Beta1StorageInfoEphemeralOSDisksInfoPlacement | Unset
        )
        if isinstance(_placement, Unset):
            placement = UNSET
        else:
            placement = check_castai_inventory_v1_beta_1_storage_info_ephemeral_os_disks_info_placement(
                _placement
            )

        castai_inventory_v1_beta_1_storage_info_ephemeral_os_disks_info_placement_info = cls(
            max_size_gib=max_size_gib,
            placement=placement,
        )

        castai_inventory_v1_beta_1_storage_info_ephemeral_os_disks_info_placement_info.additional_properties = d
        return castai_inventory_v1_beta_1_storage_info_ephemeral_os_disks_info_placement_info

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
