from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.castai_inventory_v1_beta_1_region import CastaiInventoryV1Beta1Region


T = TypeVar("T", bound="CastaiInventoryV1Beta1ListRegionsResponse")


@_attrs_define
class CastaiInventoryV1Beta1ListRegionsResponse:
    """
    Attributes:
        next_page_token (str | Unset):
        regions (list[CastaiInventoryV1Beta1Region] | Unset):
    """

    next_page_token: str | Unset = UNSET
    regions: list[CastaiInventoryV1Beta1Region] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        next_page_token = self.next_page_token

        regions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.regions, Unset):
            regions = []
            for regions_item_data in self.regions:
                regions_item = regions_item_data.to_dict()
                regions.append(regions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if next_page_token is not UNSET:
            field_dict["nextPageToken"] = next_page_token
        if regions is not UNSET:
            field_dict["regions"] = regions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.castai_inventory_v1_beta_1_region import (
            CastaiInventoryV1Beta1Region,  # noqa: PLC0415
        )

        d = dict(src_dict)
        next_page_token = d.pop("nextPageToken", UNSET)

        _regions = d.pop("regions", UNSET)
        regions: list[CastaiInventoryV1Beta1Region] | Unset = UNSET
        if _regions is not UNSET:
            regions = []
            for regions_item_data in _regions:
                regions_item = CastaiInventoryV1Beta1Region.from_dict(regions_item_data)

                regions.append(regions_item)

        castai_inventory_v1_beta_1_list_regions_response = cls(
            next_page_token=next_page_token,
            regions=regions,
        )

        castai_inventory_v1_beta_1_list_regions_response.additional_properties = d
        return castai_inventory_v1_beta_1_list_regions_response

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
