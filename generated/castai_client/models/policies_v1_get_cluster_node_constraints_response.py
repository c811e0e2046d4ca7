from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.policies_v1_get_cluster_node_constraints_response_cpu_ram import (
        PoliciesV1GetClusterNodeConstraintsResponseCpuRam,
    )


T = TypeVar("T", bound="PoliciesV1GetClusterNodeConstraintsResponse")


@_attrs_define
class PoliciesV1GetClusterNodeConstraintsResponse:
    """
    Attributes:
        cluster_id (str | Unset):
        items (list[PoliciesV1GetClusterNodeConstraintsResponseCpuRam] | Unset):
    """

    cluster_id: str | Unset = UNSET
    items: list[PoliciesV1GetClusterNodeConstraintsResponseCpuRam] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cluster_id = self.cluster_id

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cluster_id is not UNSET:
            field_dict["clusterId"] = cluster_id
        if items is not UNSET:
            field_dict["items"] = items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.policies_v1_get_cluster_node_constraints_response_cpu_ram import (
            PoliciesV1GetClusterNodeConstraintsResponseCpuRam,  # noqa: PLC0415
        )

        d = dict(src_dict)
        cluster_id = d.pop("clusterId", UNSET)

        _items = d.pop("items", UNSET)
        items: list[PoliciesV1GetClusterNodeConstraintsResponseCpuRam] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = (
                    PoliciesV1GetClusterNodeConstraintsResponseCpuRam.from_dict(
                        items_item_data
                    )
                )

                items.append(items_item)

        policies_v1_get_cluster_node_constraints_response = cls(
            cluster_id=cluster_id,
            items=items,
        )

        policies_v1_get_cluster_node_constraints_response.additional_properties = d
        return policies_v1_get_cluster_node_constraints_response

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
