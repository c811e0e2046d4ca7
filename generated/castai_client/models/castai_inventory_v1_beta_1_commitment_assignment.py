from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CastaiInventoryV1Beta1CommitmentAssignment")


@_attrs_define
class CastaiInventoryV1Beta1CommitmentAssignment:
    """
    Attributes:
        cluster_id (str | Unset):
        commitment_id (str | Unset):
        id (str | Unset):
        priority (int | Unset):
    """

    cluster_id: str | Unset = UNSET
    commitment_id: str | Unset = UNSET
    id: str | Unset = UNSET
    priority: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cluster_id = self.cluster_id

        commitment_id = self.commitment_id

        id = self.id

        priority = self.priority

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cluster_id is not UNSET:
            field_dict["clusterId"] = cluster_id
        if commitment_id is not UNSET:
            field_dict["commitmentId"] = commitment_id
        if id is not UNSET:
            field_dict["id"] = id
        if priority is not UNSET:
            field_dict["priority"] = priority

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cluster_id = d.pop("clusterId", UNSET)

        commitment_id = d.pop("commitmentId", UNSET)

        id = d.pop("id", UNSET)

        priority = d.pop("priority", UNSET)

        castai_inventory_v1_beta_1_commitment_assignment = cls(
            cluster_id=cluster_id,
            commitment_id=commitment_id,
            id=id,
            priority=priority,
        )

        castai_inventory_v1_beta_1_commitment_assignment.additional_properties = d
        return castai_inventory_v1_beta_1_commitment_assignment

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
