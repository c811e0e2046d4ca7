from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="NodetemplatesV1NodeTemplateListItemStats")


@_attrs_define
class NodetemplatesV1NodeTemplateListItemStats:
    """
    Attributes:
        count_fallback (int):
        count_on_demand (int):
        count_sole_tenant (int):
        count_spot (int):
    """

    count_fallback: int
    count_on_demand: int
    count_sole_tenant: int
    count_spot: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count_fallback = self.count_fallback

        count_on_demand = self.count_on_demand

        count_sole_tenant = self.count_sole_tenant

        count_spot = self.count_spot

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "countFallback": count_fallback,
                "countOnDemand": count_on_demand,
                "countSoleTenant": count_sole_tenant,
                "countSpot": count_spot,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        count_fallback = d.pop("countFallback")

        count_on_demand = d.pop("countOnDemand")

        count_sole_tenant = d.pop("countSoleTenant")

        count_spot = d.pop("countSpot")

        nodetemplates_v1_node_template_list_item_stats = cls(
            count_fallback=count_fallback,
            count_on_demand=count_on_demand,
            count_sole_tenant=count_sole_tenant,
            count_spot=count_spot,
        )

        nodetemplates_v1_node_template_list_item_stats.additional_properties = d
        return nodetemplates_v1_node_template_list_item_stats

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
