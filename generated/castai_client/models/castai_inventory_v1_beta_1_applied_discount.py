from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.castai_inventory_v1_beta_1_discount_pricing import (
        CastaiInventoryV1Beta1DiscountPricing,
    )


T = TypeVar("T", bound="CastaiInventoryV1Beta1AppliedDiscount")


@_attrs_define
class CastaiInventoryV1Beta1AppliedDiscount:
    """
    Attributes:
        id (str | Unset):
        pricing (list[CastaiInventoryV1Beta1DiscountPricing] | Unset):
    """

    id: str | Unset = UNSET
    pricing: list[CastaiInventoryV1Beta1DiscountPricing] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        pricing: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.pricing, Unset):
            pricing = []
            for pricing_item_data in self.pricing:
                pricing_item = pricing_item_data.to_dict()
                pricing.append(pricing_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if pricing is not UNSET:
            field_dict["pricing"] = pricing

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.castai_inventory_v1_beta_1_discount_pricing import (
            CastaiInventoryV1Beta1DiscountPricing,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _pricing = d.pop("pricing", UNSET)
        pricing: list[CastaiInventoryV1Beta1DiscountPricing] | Unset = UNSET
        if _pricing is not UNSET:
            pricing = []
            for pricing_item_data in _pricing:
                pricing_item = CastaiInventoryV1Beta1DiscountPricing.from_dict(
                    pricing_item_data
                )

                pricing.append(pricing_item)

        castai_inventory_v1_beta_1_applied_discount = cls(
            id=id,
            pricing=pricing,
        )

        castai_inventory_v1_beta_1_applied_discount.additional_properties = d
        return castai_inventory_v1_beta_1_applied_discount

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
