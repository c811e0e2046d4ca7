from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.nodeconfig_v1aks_config_public_ipaks_public_ip_tags import (
        NodeconfigV1AKSConfigPublicIPAKSPublicIPTags,
    )


T = TypeVar("T", bound="NodeconfigV1AKSConfigPublicIP")


@_attrs_define
class NodeconfigV1AKSConfigPublicIP:
    """
    Attributes:
        idle_timeout_in_minutes (int | None | Unset):
        ip_prefix (None | str | Unset):
        tags (list[NodeconfigV1AKSConfigPublicIPAKSPublicIPTags] | Unset):
    """

    idle_timeout_in_minutes: int | None | Unset = UNSET
    ip_prefix: None | str | Unset = UNSET
    tags: list[NodeconfigV1AKSConfigPublicIPAKSPublicIPTags] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        idle_timeout_in_minutes: int | None | Unset
        if isinstance(self.idle_timeout_in_minutes, Unset):
            idle_timeout_in_minutes = UNSET
        else:
            idle_timeout_in_minutes = self.idle_timeout_in_minutes

        ip_prefix: None | str | Unset
        if isinstance(self.ip_prefix, Unset):
            ip_prefix = UNSET
        else:
            ip_prefix = self.ip_prefix

        tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for tags_item_data in self.tags:
                tags_item = tags_item_data.to_dict()
                tags.append(tags_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if idle_timeout_in_minutes is not UNSET:
            field_dict["idleTimeoutInMinutes"] = idle_timeout_in_minutes
        if ip_prefix is not UNSET:
            field_dict["ipPrefix"] = ip_prefix
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.nodeconfig_v1aks_config_public_ipaks_public_ip_tags import (
            NodeconfigV1AKSConfigPublicIPAKSPublicIPTags,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_idle_timeout_in_minutes(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        idle_timeout_in_minutes = _parse_idle_timeout_in_minutes(
            d.pop("idleTimeoutInMinutes", UNSET)
        )

        def _parse_ip_prefix(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ip_prefix = _parse_ip_prefix(d.pop("ipPrefix", UNSET))

        _tags = d.pop("tags", UNSET)
        tags: list[NodeconfigV1AKSConfigPublicIPAKSPublicIPTags] | Unset = UNSET
        if _tags is not UNSET:
            tags = []
            for tags_item_data in _tags:
                tags_item = NodeconfigV1AKSConfigPublicIPAKSPublicIPTags.from_dict(
                    tags_item_data
                )

                tags.append(tags_item)

        nodeconfig_v1aks_config_public_ip = cls(
            idle_timeout_in_minutes=idle_timeout_in_minutes,
            ip_prefix=ip_prefix,
            tags=tags,
        )

        nodeconfig_v1aks_config_public_ip.additional_properties = d
        return nodeconfig_v1aks_config_public_ip

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
