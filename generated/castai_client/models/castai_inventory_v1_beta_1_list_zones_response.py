from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.castai_inventory_v1_beta_1_zone import CastaiInventoryV1Beta1Zone


T = TypeVar("T", bound="CastaiInventoryV1Beta1ListZonesResponse")


@_attrs_define
class CastaiInventoryV1Beta1ListZonesResponse:
    """
    Attributes:
        next_page_token (str | Unset):
        zones (list[CastaiInventoryV1Beta1Zone] | Unset):
    """

    next_page_token: str | Unset = UNSET
    zones: list[CastaiInventoryV1Beta1Zone] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        next_page_token = self.next_page_token

        zones: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.zones, Unset):
            zones = []
            for zones_item_data in self.zones:
                zones_item = zones_item_data.to_dict()
                zones.append(zones_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if next_page_token is not UNSET:
            field_dict["nextPageToken"] = next_page_token
        if zones is not UNSET:
            field_dict["zones"] = zones

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.castai_inventory_v1_beta_1_zone import CastaiInventoryV1Beta1Zone  # noqa: PLC0415

        d = dict(src_dict)
        next_page_token = d.pop("nextPageToken", UNSET)

        _zones = d.pop("zones", UNSET)
        zones: list[CastaiInventoryV1Beta1Zone] | Unset = UNSET
        if _zones is not UNSET:
            zones = []
            for zones_item_data in _zones:
                zones_item = CastaiInventoryV1Beta1Zone.from_dict(zones_item_data)

                zones.append(zones_item)

        castai_inventory_v1_beta_1_list_zones_response = cls(
            next_page_token=next_page_token,
            zones=zones,
        )

        castai_inventory_v1_beta_1_list_zones_response.additional_properties = d
        return castai_inventory_v1_beta_1_list_zones_response

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
