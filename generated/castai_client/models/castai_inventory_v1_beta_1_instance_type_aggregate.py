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


T = TypeVar("T", bound="CastaiInventoryV1Beta1InstanceTypeAggregate")


@_attrs_define
class CastaiInventoryV1Beta1InstanceTypeAggregate:
    """
    Attributes:
        az_id (str | Unset):
        cluster_id (str | Unset):
        count (int | Unset):
        instance_type (str | Unset):
        node_ids (list[str] | Unset):
        nodes (list[CastaiInventoryV1Beta1NodeUsage] | Unset):
        price (str | Unset):
        provider (str | Unset):
        ram (str | Unset):
        region (str | Unset):
        spot (bool | Unset):
        usage_distribution (CastaiInventoryV1Beta1UsageDistribution | Unset):
        vcpu (str | Unset):
    """

    az_id: str | Unset = UNSET
    cluster_id: str | Unset = UNSET
    count: int | Unset = UNSET
    instance_type: str | Unset = UNSET
    node_ids: list[str] | Unset = UNSET
    nodes: list[CastaiInventoryV1Beta1NodeUsage] | Unset = UNSET
    price: str | Unset = UNSET
    provider: str | Unset = UNSET
    ram: str | Unset = UNSET
    region: str | Unset = UNSET
    spot: bool | Unset = UNSET
    usage_distribution: CastaiInventoryV1Beta1UsageDistribution | Unset = UNSET
    vcpu: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        az_id = self.az_id

        cluster_id = self.cluster_id

        count = self.count

        instance_type = self.instance_type

        node_ids: list[str] | Unset = UNSET
        if not isinstance(self.node_ids, Unset):
            node_ids = self.node_ids

        nodes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.nodes, Unset):
            nodes = []
            for nodes_item_data in self.nodes:
                nodes_item = nodes_item_data.to_dict()
                nodes.append(nodes_item)

        price = self.price

        provider = self.provider

        ram = self.ram

        region = self.region

        spot = self.spot

        usage_distribution: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage_distribution, Unset):
            usage_distribution = self.usage_distribution.to_dict()

        vcpu = self.vcpu

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if az_id is not UNSET:
            field_dict["azId"] = az_id
        if cluster_id is not UNSET:
            field_dict["clusterId"] = cluster_id
        if count is not UNSET:
            field_dict["count"] = count
        if instance_type is not UNSET:
            field_dict["instanceType"] = instance_type
        if node_ids is not UNSET:
            field_dict["nodeIds"] = node_ids
        if nodes is not UNSET:
            field_dict["nodes"] = nodes
        if price is not UNSET:
            field_dict["price"] = price
        if provider is not UNSET:
            field_dict["provider"] = provider
        if ram is not UNSET:
            field_dict["ram"] = ram
        if region is not UNSET:
            field_dict["region"] = region
        if spot is not UNSET:
            field_dict["spot"] = spot
        if usage_distribution is not UNSET:
            field_dict["usageDistribution"] = usage_distribution
        if vcpu is not UNSET:
            field_dict["vcpu"] = vcpu

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
        az_id = d.pop("azId", UNSET)

        cluster_id = d.pop("clusterId", UNSET)

        count = d.pop("count", UNSET)

        instance_type = d.pop("instanceType", UNSET)

        node_ids = cast(list[str], d.pop("nodeIds", UNSET))

        _nodes = d.pop("nodes", UNSET)
        nodes: list[CastaiInventoryV1Beta1NodeUsage] | Unset = UNSET
        if _nodes is not UNSET:
            nodes = []
            for nodes_item_data in _nodes:
                nodes_item = CastaiInventoryV1Beta1NodeUsage.from_dict(nodes_item_data)

                nodes.append(nodes_item)

        price = d.pop("price", UNSET)

        provider = d.pop("provider", UNSET)

        ram = d.pop("ram", UNSET)

        region = d.pop("region", UNSET)

        spot = d.pop("spot", UNSET)

        _usage_distribution = d.pop("usageDistribution", UNSET)
        usage_distribution: CastaiInventoryV1Beta1UsageDistribution | Unset
        if isinstance(_usage_distribution, Unset):
            usage_distribution = UNSET
        else:
            usage_distribution = CastaiInventoryV1Beta1UsageDistribution.from_dict(
                _usage_distribution
            )

        vcpu = d.pop("vcpu", UNSET)

        castai_inventory_v1_beta_1_instance_type_aggregate = cls(
            az_id=az_id,
            cluster_id=cluster_id,
            count=count,
            instance_type=instance_type,
            node_ids=node_ids,
            nodes=nodes,
            price=price,
            provider=provider,
            ram=ram,
            region=region,
            spot=spot,
            usage_distribution=usage_distribution,
            vcpu=vcpu,
        )

        castai_inventory_v1_beta_1_instance_type_aggregate.additional_properties = d
        return castai_inventory_v1_beta_1_instance_type_aggregate

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
