from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CastaiInventoryV1Beta1InstanceReliability")


@_attrs_define
class CastaiInventoryV1Beta1InstanceReliability:
    """
    Attributes:
        spot_reclaim_rate_high (str | Unset):
        spot_reclaim_rate_low (str | Unset):
    """

    spot_reclaim_rate_high: str | Unset = UNSET
    spot_reclaim_rate_low: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        spot_reclaim_rate_high = self.spot_reclaim_rate_high

        spot_reclaim_rate_low = self.spot_reclaim_rate_low

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if spot_reclaim_rate_high is not UNSET:
            field_dict["spotReclaimRateHigh"] = spot_reclaim_rate_high
        if spot_reclaim_rate_low is not UNSET:
            field_dict["spotReclaimRateLow"] = spot_reclaim_rate_low

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        spot_reclaim_rate_high = d.pop("spotReclaimRateHigh", UNSET)

        spot_reclaim_rate_low = d.pop("spotReclaimRateLow", UNSET)

        castai_inventory_v1_beta_1_instance_reliability = cls(
            spot_reclaim_rate_high=spot_reclaim_rate_high,
            spot_reclaim_rate_low=spot_reclaim_rate_low,
        )

        castai_inventory_v1_beta_1_instance_reliability.additional_properties = d
        return castai_inventory_v1_beta_1_instance_reliability

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
