from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExternalclusterV1NodeSpotConfig")


@_attrs_define
class ExternalclusterV1NodeSpotConfig:
    """
    Attributes:
        is_spot (bool | Unset):
        price (str | Unset):
    """

    is_spot: bool | Unset = UNSET
    price: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_spot = self.is_spot

        price = self.price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_spot is not UNSET:
            field_dict["isSpot"] = is_spot
        if price is not UNSET:
            field_dict["price"] = price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        is_spot = d.pop("isSpot", UNSET)

        price = d.pop("price", UNSET)

        externalcluster_v1_node_spot_config = cls(
            is_spot=is_spot,
            price=price,
        )

        externalcluster_v1_node_spot_config.additional_properties = d
        return externalcluster_v1_node_spot_config

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
