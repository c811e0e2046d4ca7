from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.castai_inventory_v1_beta_1_discount_pricing_type import (
    CastaiInventoryV1Beta1DiscountPricingType,
    check_castai_inventory_v1_beta_1_discount_pricing_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CastaiInventoryV1Beta1DiscountPricing")


@_attrs_define
class CastaiInventoryV1Beta1DiscountPricing:
    """
    Attributes:
        from_ (int | None | Unset):
        to (int | None | Unset):
        type_ (CastaiInventoryV1Beta1DiscountPricingType | Unset):
        value (str | Unset):
    """

    from_: int | None | Unset = UNSET
    to: int | None | Unset = UNSET
    type_: CastaiInventoryV1Beta1DiscountPricingType | Unset = UNSET
    value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_: int | None | Unset
        if isinstance(self.from_, Unset):
            from_ = UNSET
        else:
            from_ = self.from_

        to: int | None | Unset
        if isinstance(self.to, Unset):
            to = UNSET
        else:
            to = self.to

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if from_ is not UNSET:
            field_dict["from"] = from_
        if to is not UNSET:
            field_dict["to"] = to
        if type_ is not UNSET:
            field_dict["type"] = type_
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_from_(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        from_ = _parse_from_(d.pop("from", UNSET))

        def _parse_to(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        to = _parse_to(d.pop("to", UNSET))

        _type_ = d.pop("type", UNSET)
        type_: CastaiInventoryV1Beta1DiscountPricingType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_castai_inventory_v1_beta_1_discount_pricing_type(_type_)

        value = d.pop("value", UNSET)

        castai_inventory_v1_beta_1_discount_pricing = cls(
            from_=from_,
            to=to,
            type_=type_,
            value=value,
        )

        castai_inventory_v1_beta_1_discount_pricing.additional_properties = d
        return castai_inventory_v1_beta_1_discount_pricing

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
