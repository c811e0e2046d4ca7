from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.castai_inventory_v1_beta_1_node_usage import (
        CastaiInventoryV1Beta1NodeUsage,
    )
    from ..models.castai_inventory_v1_beta_1_usage_distribution import (
        CastaiInventoryV1Beta1UsageDistribution,
    )


T = TypeVar("T", bound="CastaiInventoryV1Beta1ClusterAggregatedUsage")


@_attrs_define
class CastaiInventoryV1Beta1ClusterAggregatedUsage:
    """
    Attributes:
        cluster_id (str | Unset):
        node_ids (list[str] | Unset):
        nodes (list[CastaiInventoryV1Beta1NodeUsage] | Unset):
        usage (float | None | Unset):
        usage_distribution (CastaiInventoryV1Beta1UsageDistribution | Unset):
    """

    cluster_id: str | Unset = UNSET
    node_ids: list[str] | Unset = UNSET
    nodes: list[CastaiInventoryV1Beta1NodeUsage] | Unset = UNSET
    usage: float | None | Unset = UNSET
    usage_distribution: CastaiInventoryV1Beta1UsageDistribution | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cluster_id = self.cluster_id

        node_ids: list[str] | Unset = UNSET
        if not isinstance(self.node_ids, Unset):
            node_ids = self.node_ids

        nodes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.nodes, Unset):
            nodes = []
            for nodes_item_data in self.nodes:
                nodes_item = nodes_item_data.to_dict()
                nodes.append(nodes_item)

        usage: float | None | Unset
        if isinstance(self.usage, Unset):
            usage = UNSET
        else:
            usage = self.usage

        usage_distribution: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage_distribution, Unset):
            usage_distribution = self.usage_distribution.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cluster_id is not UNSET:
            field_dict["clusterId"] = cluster_id
        if node_ids is not UNSET:
            field_dict["nodeIds"] = node_ids
        if nodes is not UNSET:
            field_dict["nodes"] = nodes
        if usage is not UNSET:
            field_dict["usage"] = usage
        if usage_distribution is not UNSET:
            field_dict["usageDistribution"] = usage_distribution

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.castai_inventory_v1_beta_1_node_usage import (
            CastaiInventoryV1Beta1NodeUsage,  # noqa: PLC0415
        )
        from ..models.castai_inventory_v1_beta_1_usage_distribution import (
            CastaiInventoryV1Beta1UsageDistribution,  # noqa: PLC0415
        )

        d = dict(src_dict)
        cluster_id = d.pop("clusterId", UNSET)

        node_ids = cast(list[str], d.pop("nodeIds", UNSET))

        _nodes = d.pop("nodes", UNSET)
        nodes: list[CastaiInventoryV1Beta1NodeUsage] | Unset = UNSET
        if _nodes is not UNSET:
            nodes = []
            for nodes_item_data in _nodes:
                nodes_item = CastaiInventoryV1Beta1NodeUsage.from_dict(nodes_item_data)

                nodes.append(nodes_item)

        def _parse_usage(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        usage = _parse_usage(d.pop("usage", UNSET))

        _usage_distribution = d.pop("usageDistribution", UNSET)
        usage_distribution: CastaiInventoryV1Beta1UsageDistribution | Unset
        if isinstance(_usage_distribution, Unset):
            usage_distribution = UNSET
        else:
            usage_distribution = CastaiInventoryV1Beta1UsageDistribution.from_dict(
                _usage_distribution
            )

        castai_inventory_v1_beta_1_cluster_aggregated_usage = cls(
            cluster_id=cluster_id,
            node_ids=node_ids,
            nodes=nodes,
            usage=usage,
            usage_distribution=usage_distribution,
        )

        castai_inventory_v1_beta_1_cluster_aggregated_usage.additional_properties = d
        return castai_inventory_v1_beta_1_cluster_aggregated_usage

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
