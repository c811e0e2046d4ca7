from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.castai_inventory_v1_beta_1_node_usage_aws import (
        CastaiInventoryV1Beta1NodeUsageAWS,
    )
    from ..models.castai_inventory_v1_beta_1_node_usage_gcp import (
        CastaiInventoryV1Beta1NodeUsageGCP,
    )
    from ..models.castai_inventory_v1_beta_1_usage_distribution import (
        CastaiInventoryV1Beta1UsageDistribution,
    )


T = TypeVar("T", bound="CastaiInventoryV1Beta1NodeUsage")


@_attrs_define
class CastaiInventoryV1Beta1NodeUsage:
    """
    Attributes:
        aws (CastaiInventoryV1Beta1NodeUsageAWS | Unset):
        gcp (CastaiInventoryV1Beta1NodeUsageGCP | Unset):
        node_id (str | Unset):
        usage_distribution (CastaiInventoryV1Beta1UsageDistribution | Unset):
    """

    aws: CastaiInventoryV1Beta1NodeUsageAWS | Unset = UNSET
    gcp: CastaiInventoryV1Beta1NodeUsageGCP | Unset = UNSET
    node_id: str | Unset = UNSET
    usage_distribution: CastaiInventoryV1Beta1UsageDistribution | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        aws: dict[str, Any] | Unset = UNSET
        if not isinstance(self.aws, Unset):
            aws = self.aws.to_dict()

        gcp: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gcp, Unset):
            gcp = self.gcp.to_dict()

        node_id = self.node_id

        usage_distribution: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage_distribution, Unset):
            usage_distribution = self.usage_distribution.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if aws is not UNSET:
            field_dict["aws"] = aws
        if gcp is not UNSET:
            field_dict["gcp"] = gcp
        if node_id is not UNSET:
            field_dict["nodeId"] = node_id
        if usage_distribution is not UNSET:
            field_dict["usageDistribution"] = usage_distribution

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.castai_inventory_v1_beta_1_node_usage_aws import (
            CastaiInventoryV1Beta1NodeUsageAWS,  # noqa: PLC0415
        )
        from ..models.castai_inventory_v1_beta_1_node_usage_gcp import (
            CastaiInventoryV1Beta1NodeUsageGCP,  # noqa: PLC0415
        )
        from ..models.castai_inventory_v1_beta_1_usage_distribution import (
            CastaiInventoryV1Beta1UsageDistribution,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _aws = d.pop("aws", UNSET)
        aws: CastaiInventoryV1Beta1NodeUsageAWS | Unset
        if isinstance(_aws, Unset):
            aws = UNSET
        else:
            aws = CastaiInventoryV1Beta1NodeUsageAWS.from_dict(_aws)

        _gcp = d.pop("gcp", UNSET)
        gcp: CastaiInventoryV1Beta1NodeUsageGCP | Unset
        if isinstance(_gcp, Unset):
            gcp = UNSET
        else:
            gcp = CastaiInventoryV1Beta1NodeUsageGCP.from_dict(_gcp)

        node_id = d.pop("nodeId", UNSET)

        _usage_distribution = d.pop("usageDistribution", UNSET)
        usage_distribution: CastaiInventoryV1Beta1UsageDistribution | Unset
        if isinstance(_usage_distribution, Unset):
            usage_distribution = UNSET
        else:
            usage_distribution = CastaiInventoryV1Beta1UsageDistribution.from_dict(
                _usage_distribution
            )

        castai_inventory_v1_beta_1_node_usage = cls(
            aws=aws,
            gcp=gcp,
            node_id=node_id,
            usage_distribution=usage_distribution,
        )

        castai_inventory_v1_beta_1_node_usage.additional_properties = d
        return castai_inventory_v1_beta_1_node_usage

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
