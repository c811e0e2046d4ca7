from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.nodeconfig_v1aks_config_os_disk_ephemeral_cache_type import (
    NodeconfigV1AKSConfigOsDiskEphemeralCacheType,
    check_nodeconfig_v1aks_config_os_disk_ephemeral_cache_type,
)
from ..models.nodeconfig_v1aks_config_os_disk_ephemeral_placement import (
    NodeconfigV1AKSConfigOsDiskEphemeralPlacement,
    check_nodeconfig_v1aks_config_os_disk_ephemeral_placement,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="NodeconfigV1AKSConfigOsDiskEphemeral")


@_attrs_define
class NodeconfigV1AKSConfigOsDiskEphemeral:
    """
    Attributes:
        cache_type (NodeconfigV1AKSConfigOsDiskEphemeralCacheType | Unset):
        placement (NodeconfigV1AKSConfigOsDiskEphemeralPlacement | Unset):
    """

    cache_type: NodeconfigV1AKSConfigOsDiskEphemeralCacheType | Unset = UNSET
    placement: NodeconfigV1AKSConfigOsDiskEphemeralPlacement | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cache_type: str | Unset = UNSET
        if not isinstance(self.cache_type, Unset):
            cache_type = self.cache_type

        placement: str | Unset = UNSET
        if not isinstance(self.placement, Unset):
            placement = self.placement

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cache_type is not UNSET:
            field_dict["cacheType"] = cache_type
        if placement is not UNSET:
            field_dict["placement"] = placement

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _cache_type = d.pop("cacheType", UNSET)
        cache_type: NodeconfigV1AKSConfigOsDiskEphemeralCacheType | Unset
        if isinstance(_cache_type, Unset):
            cache_type = UNSET
        else:
            cache_type = check_nodeconfig_v1aks_config_os_disk_ephemeral_cache_type(
                _cache_type
            )

        _placement = d.pop("placement", UNSET)
        placement: NodeconfigV1AKSConfigOsDiskEphemeralPlacement | Unset
        if isinstance(_placement, Unset):
            placement = UNSET
        else:
            placement = check_nodeconfig_v1aks_config_os_disk_ephemeral_placement(
                _placement
            )

        nodeconfig_v1aks_config_os_disk_ephemeral = cls(
            cache_type=cache_type,
            placement=placement,
        )

        nodeconfig_v1aks_config_os_disk_ephemeral.additional_properties = d
        return nodeconfig_v1aks_config_os_disk_ephemeral

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
