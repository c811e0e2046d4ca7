from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.castai_inventory_v1_beta_1_storage_info_ephemeral_os_disks_info_placement import (
    CastaiInventoryV1Beta1StorageInfoEphemeralOSDisksInfoPlacement,
    check_castai_inventory_v1_beta_1_storage_info_ephemeral_os_disks_info_placement,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.castai_inventory_v1_beta_1_storage_info_ephemeral_os_disks_info_placement_info import (
        CastaiInventoryV1Beta1StorageInfoEphemeralOSDisksInfoPlacementInfo,
    )


T = TypeVar("T", bound="CastaiInventoryV1Beta1StorageInfoEphemeralOSDisksInfo")


@_attrs_define
class CastaiInventoryV1Beta1StorageInfoEphemeralOSDisksInfo:
    """
    Attributes:
        max_size_gib (int | Unset):
        placement_options (list[CastaiInventoryV1Beta1StorageInfoEphemeralOSDisksInfoPlacementInfo] | Unset):
        placements (list[CastaiInventoryV1Beta1StorageInfoEphemeralOSDisksInfoPlacement] | Unset):
    """

    max_size_gib: int | Unset = UNSET
    placement_options: (
        list[CastaiInventoryV1Beta1StorageInfoEphemeralOSDisksInfoPlacementInfo] | Unset
    ) = UNSET
    placements: (
        list[CastaiInventoryV1Beta1StorageInfoEphemeralOSDisksInfoPlacement] | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_size_gib = self.max_size_gib

        placement_options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.placement_options, Unset):
            placement_options = []
            for placement_options_item_data in self.placement_options:
                placement_options_item = placement_options_item_data.to_dict()
                placement_options.append(placement_options_item)

        placements: list[str] | Unset = UNSET
        if not isinstance(self.placements, Unset):
            placements = []
            for placements_item_data in self.placements:
                placements_item: str = placements_item_data
                placements.append(placements_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if max_size_gib is not UNSET:
            field_dict["maxSizeGib"] = max_size_gib
        if placement_options is not UNSET:
            field_dict["placementOptions"] = placement_options
        if placements is not UNSET:
            field_dict["placements"] = placements

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.castai_inventory_v1_beta_1_storage_info_ephemeral_os_disks_info_placement_info import (
            CastaiInventoryV1Beta1StorageInfoEphemeralOSDisksInfoPlacementInfo,  # noqa: PLC0415
        )

        d = dict(src_dict)
        max_size_gib = d.pop("maxSizeGib", UNSET)

        _placement_options = d.pop("placementOptions", UNSET)
        placement_options: (
            list[CastaiInventoryV1Beta1StorageInfoEphemeralOSDisksInfoPlacementInfo]
            | Unset
        ) = UNSET
        if _placement_options is not UNSET:
            placement_options = []
            for placement_options_item_data in _placement_options:
                placement_options_item = CastaiInventoryV1Beta1StorageInfoEphemeralOSDisksInfoPlacementInfo.from_dict(
                    placement_options_item_data
                )

                placement_options.append(placement_options_item)

        _placements = d.pop("placements", UNSET)
        placements: (
            list[CastaiInventoryV1Beta1StorageInfoEphemeralOSDisksInfoPlacement] | Unset
        ) = UNSET
        if _placements is not UNSET:
            placements = []
            for placements_item_data in _placements:
                placements_item = check_castai_inventory_v1_beta_1_storage_info_ephemeral_os_disks_info_placement(
                    placements_item_data
                )

                placements.append(placements_item)

        castai_inventory_v1_beta_1_storage_info_ephemeral_os_disks_info = cls(
            max_size_gib=max_size_gib,
            placement_options=placement_options,
            placements=placements,
        )

        castai_inventory_v1_beta_1_storage_info_ephemeral_os_disks_info.additional_properties = d
        return castai_inventory_v1_beta_1_storage_info_ephemeral_os_disks_info

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
