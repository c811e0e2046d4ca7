from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.castai_inventory_v1_beta_1_cluster_aggregated_usage import (
        CastaiInventoryV1Beta1ClusterAggregatedUsage,
    )
    from ..models.castai_inventory_v1_beta_1_instance_type_aggregate import (
        CastaiInventoryV1Beta1InstanceTypeAggregate,
    )
    from ..models.castai_inventory_v1_beta_1_usage_distribution import (
        CastaiInventoryV1Beta1UsageDistribution,
    )


T = TypeVar("T", bound="CastaiInventoryV1Beta1InstanceTypeBasedUsage")


@_attrs_define
class CastaiInventoryV1Beta1InstanceTypeBasedUsage:
    """
    Attributes:
        clusters (list[CastaiInventoryV1Beta1ClusterAggregatedUsage] | Unset):
        instance_types (list[CastaiInventoryV1Beta1InstanceTypeAggregate] | Unset):
        usage (float | None | Unset):
        usage_distribution (CastaiInventoryV1Beta1UsageDistribution | Unset):
    """

    clusters: list[CastaiInventoryV1Beta1ClusterAggregatedUsage] | Unset = UNSET
    instance_types: list[CastaiInventoryV1Beta1InstanceTypeAggregate] | Unset = UNSET
    usage: float | None | Unset = UNSET
    usage_distribution: CastaiInventoryV1Beta1UsageDistribution | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        clusters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.clusters, Unset):
            clusters = []
            for clusters_item_data in self.clusters:
                clusters_item = clusters_item_data.to_dict()
                clusters.append(clusters_item)

        instance_types: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.instance_types, Unset):
            instance_types = []
            for instance_types_item_data in self.instance_types:
                instance_types_item = instance_types_item_data.to_dict()
                instance_types.append(instance_types_item)

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
        if clusters is not UNSET:
            field_dict["clusters"] = clusters
        if instance_types is not UNSET:
            field_dict["instanceTypes"] = instance_types
        if usage is not UNSET:
            field_dict["usage"] = usage
        if usage_distribution is not UNSET:
            field_dict["usageDistribution"] = usage_distribution

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.castai_inventory_v1_beta_1_cluster_aggregated_usage import (
            CastaiInventoryV1Beta1ClusterAggregatedUsage,  # noqa: PLC0415
        )
        from ..models.castai_inventory_v1_beta_1_instance_type_aggregate import (
            CastaiInventoryV1Beta1InstanceTypeAggregate,  # noqa: PLC0415
        )
        from ..models.castai_inventory_v1_beta_1_usage_distribution import (
            CastaiInventoryV1Beta1UsageDistribution,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _clusters = d.pop("clusters", UNSET)
        clusters: list[CastaiInventoryV1Beta1ClusterAggregatedUsage] | Unset = UNSET
        if _clusters is not UNSET:
            clusters = []
            for clusters_item_data in _clusters:
                clusters_item = CastaiInventoryV1Beta1ClusterAggregatedUsage.from_dict(
                    clusters_item_data
                )

                clusters.append(clusters_item)

        _instance_types = d.pop("instanceTypes", UNSET)
        instance_types: list[CastaiInventoryV1Beta1InstanceTypeAggregate] | Unset = (
            UNSET
        )
        if _instance_types is not UNSET:
            instance_types = []
            for instance_types_item_data in _instance_types:
                instance_types_item = (
                    CastaiInventoryV1Beta1InstanceTypeAggregate.from_dict(
                        instance_types_item_data
                    )
                )

                instance_types.append(instance_types_item)

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

        castai_inventory_v1_beta_1_instance_type_based_usage = cls(
            clusters=clusters,
            instance_types=instance_types,
            usage=usage,
            usage_distribution=usage_distribution,
        )

        castai_inventory_v1_beta_1_instance_type_based_usage.additional_properties = d
        return castai_inventory_v1_beta_1_instance_type_based_usage

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
