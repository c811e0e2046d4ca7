from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.externalcluster_v1_zone import ExternalclusterV1Zone
    from ..models.nodeconfig_v1_subnet_details_tags import NodeconfigV1SubnetDetailsTags


T = TypeVar("T", bound="NodeconfigV1SubnetDetails")


@_attrs_define
class NodeconfigV1SubnetDetails:
    """
    Attributes:
        available_ip_address_count (int | None | Unset):
        cidr (str | Unset):
        id (str | Unset):
        tags (NodeconfigV1SubnetDetailsTags | Unset):
        zone (ExternalclusterV1Zone | Unset):
    """

    available_ip_address_count: int | None | Unset = UNSET
    cidr: str | Unset = UNSET
    id: str | Unset = UNSET
    tags: NodeconfigV1SubnetDetailsTags | Unset = UNSET
    zone: ExternalclusterV1Zone | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        available_ip_address_count: int | None | Unset
        if isinstance(self.available_ip_address_count, Unset):
            available_ip_address_count = UNSET
        else:
            available_ip_address_count = self.available_ip_address_count

        cidr = self.cidr

        id = self.id

        tags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags.to_dict()

        zone: dict[str, Any] | Unset = UNSET
        if not isinstance(self.zone, Unset):
            zone = self.zone.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if available_ip_address_count is not UNSET:
            field_dict["availableIpAddressCount"] = available_ip_address_count
        if cidr is not UNSET:
            field_dict["cidr"] = cidr
        if id is not UNSET:
            field_dict["id"] = id
        if tags is not UNSET:
            field_dict["tags"] = tags
        if zone is not UNSET:
            field_dict["zone"] = zone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.externalcluster_v1_zone import ExternalclusterV1Zone  # noqa: PLC0415
        from ..models.nodeconfig_v1_subnet_details_tags import (
            NodeconfigV1SubnetDetailsTags,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_available_ip_address_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        available_ip_address_count = _parse_available_ip_address_count(
            d.pop("availableIpAddressCount", UNSET)
        )

        cidr = d.pop("cidr", UNSET)

        id = d.pop("id", UNSET)

        _tags = d.pop("tags", UNSET)
        tags: NodeconfigV1SubnetDetailsTags | Unset
        if isinstance(_tags, Unset):
            tags = UNSET
        else:
            tags = NodeconfigV1SubnetDetailsTags.from_dict(_tags)

        _zone = d.pop("zone", UNSET)
        zone: ExternalclusterV1Zone | Unset
        if isinstance(_zone, Unset):
            zone = UNSET
        else:
            zone = ExternalclusterV1Zone.from_dict(_zone)

        nodeconfig_v1_subnet_details = cls(
            available_ip_address_count=available_ip_address_count,
            cidr=cidr,
            id=id,
            tags=tags,
            zone=zone,
        )

        nodeconfig_v1_subnet_details.additional_properties = d
        return nodeconfig_v1_subnet_details

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
