from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.castai_inventory_v1_beta_1_instance_type import (
        CastaiInventoryV1Beta1InstanceType,
    )


T = TypeVar("T", bound="CastaiInventoryV1Beta1CountableInstanceType")


@_attrs_define
class CastaiInventoryV1Beta1CountableInstanceType:
    """
    Attributes:
        cluster_id (str | Unset):
        count (int | Unset):
        instance_type (CastaiInventoryV1Beta1InstanceType | Unset):
    """

    cluster_id: str | Unset = UNSET
    count: int | Unset = UNSET
    instance_type: CastaiInventoryV1Beta1InstanceType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cluster_id = self.cluster_id

        count = self.count

        instance_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.instance_type, Unset):
            instance_type = self.instance_type.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cluster_id is not UNSET:
            field_dict["clusterId"] = cluster_id
        if count is not UNSET:
            field_dict["count"] = count
        if instance_type is not UNSET:
            field_dict["instanceType"] = instance_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.castai_inventory_v1_beta_1_instance_type import (
            CastaiInventoryV1Beta1InstanceType,  # noqa: PLC0415
        )

        d = dict(src_dict)
        cluster_id = d.pop("clusterId", UNSET)

        count = d.pop("count", UNSET)

        _instance_type = d.pop("instanceType", UNSET)
        instance_type: CastaiInventoryV1Beta1InstanceType | Unset
        if isinstance(_instance_type, Unset):
            instance_type = UNSET
        else:
            instance_type = CastaiInventoryV1Beta1InstanceType.from_dict(_instance_type)

        castai_inventory_v1_beta_1_countable_instance_type = cls(
            cluster_id=cluster_id,
            count=count,
            instance_type=instance_type,
        )

        castai_inventory_v1_beta_1_countable_instance_type.additional_properties = d
        return castai_inventory_v1_beta_1_countable_instance_type

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
