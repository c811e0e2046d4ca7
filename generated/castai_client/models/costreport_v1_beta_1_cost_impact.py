from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CostreportV1Beta1CostImpact")


@_attrs_define
class CostreportV1Beta1CostImpact:
    """
    Attributes:
        on_demand (str):
        spot (str):
        spot_fallback (str):
    """

    on_demand: str
    spot: str
    spot_fallback: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        on_demand = self.on_demand

        spot = self.spot

        spot_fallback = self.spot_fallback

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "onDemand": on_demand,
                "spot": spot,
                "spotFallback": spot_fallback,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        on_demand = d.pop("onDemand")

        spot = d.pop("spot")

        spot_fallback = d.pop("spotFallback")

        costreport_v1_beta_1_cost_impact = cls(
            on_demand=on_demand,
            spot=spot,
            spot_fallback=spot_fallback,
        )

        costreport_v1_beta_1_cost_impact.additional_properties = d
        return costreport_v1_beta_1_cost_impact

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
