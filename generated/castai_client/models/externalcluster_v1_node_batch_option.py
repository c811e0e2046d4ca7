from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.externalcluster_v1_compute_capacity import (
        ExternalclusterV1ComputeCapacity,
    )


T = TypeVar("T", bound="ExternalclusterV1NodeBatchOption")


@_attrs_define
class ExternalclusterV1NodeBatchOption:
    """
    Attributes:
        capacity_per_node (ExternalclusterV1ComputeCapacity | Unset):
        instance_type (str | Unset):
        subnet_id (None | str | Unset):
        zone (None | str | Unset):
    """

    capacity_per_node: ExternalclusterV1ComputeCapacity | Unset = UNSET
    instance_type: str | Unset = UNSET
    subnet_id: None | str | Unset = UNSET
    zone: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        capacity_per_node: dict[str, Any] | Unset = UNSET
        if not isinstance(self.capacity_per_node, Unset):
            capacity_per_node = self.capacity_per_node.to_dict()

        instance_type = self.instance_type

        subnet_id: None | str | Unset
        if isinstance(self.subnet_id, Unset):
            subnet_id = UNSET
        else:
            subnet_id = self.subnet_id

        zone: None | str | Unset
        if isinstance(self.zone, Unset):
            zone = UNSET
        else:
            zone = self.zone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if capacity_per_node is not UNSET:
            field_dict["capacityPerNode"] = capacity_per_node
        if instance_type is not UNSET:
            field_dict["instanceType"] = instance_type
        if subnet_id is not UNSET:
            field_dict["subnetId"] = subnet_id
        if zone is not UNSET:
            field_dict["zone"] = zone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.externalcluster_v1_compute_capacity import (
            ExternalclusterV1ComputeCapacity,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _capacity_per_node = d.pop("capacityPerNode", UNSET)
        capacity_per_node: ExternalclusterV1ComputeCapacity | Unset
        if isinstance(_capacity_per_node, Unset):
            capacity_per_node = UNSET
        else:
            capacity_per_node = ExternalclusterV1ComputeCapacity.from_dict(
                _capacity_per_node
            )

        instance_type = d.pop("instanceType", UNSET)

        def _parse_subnet_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subnet_id = _parse_subnet_id(d.pop("subnetId", UNSET))

        def _parse_zone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        zone = _parse_zone(d.pop("zone", UNSET))

        externalcluster_v1_node_batch_option = cls(
            capacity_per_node=capacity_per_node,
            instance_type=instance_type,
            subnet_id=subnet_id,
            zone=zone,
        )

        externalcluster_v1_node_batch_option.additional_properties = d
        return externalcluster_v1_node_batch_option

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
