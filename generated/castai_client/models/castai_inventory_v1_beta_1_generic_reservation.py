from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CastaiInventoryV1Beta1GenericReservation")


@_attrs_define
class CastaiInventoryV1Beta1GenericReservation:
    """
    Attributes:
        count (int | None | Unset):
        deep_link_to_reservation (None | str | Unset):
        end_date (datetime.datetime | None | Unset):
        expiration_date (datetime.datetime | None | Unset):
        instance_type (None | str | Unset):
        name (str | Unset):
        price (None | str | Unset):
        product_name (None | str | Unset):
        provider (None | str | Unset):
        purchase_date (datetime.datetime | None | Unset):
        quantity (int | None | Unset):
        region (str | Unset):
        start_date (datetime.datetime | None | Unset):
        type_ (None | str | Unset):
        zone_id (None | str | Unset):
        zone_name (None | str | Unset):
    """

    count: int | None | Unset = UNSET
    deep_link_to_reservation: None | str | Unset = UNSET
    end_date: datetime.datetime | None | Unset = UNSET
    expiration_date: datetime.datetime | None | Unset = UNSET
    instance_type: None | str | Unset = UNSET
    name: str | Unset = UNSET
    price: None | str | Unset = UNSET
    product_name: None | str | Unset = UNSET
    provider: None | str | Unset = UNSET
    purchase_date: datetime.datetime | None | Unset = UNSET
    quantity: int | None | Unset = UNSET
    region: str | Unset = UNSET
    start_date: datetime.datetime | None | Unset = UNSET
    type_: None | str | Unset = UNSET
    zone_id: None | str | Unset = UNSET
    zone_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count: int | None | Unset
        if isinstance(self.count, Unset):
            count = UNSET
        else:
            count = self.count

        deep_link_to_reservation: None | str | Unset
        if isinstance(self.deep_link_to_reservation, Unset):
            deep_link_to_reservation = UNSET
        else:
            deep_link_to_reservation = self.deep_link_to_reservation

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        elif isinstance(self.end_date, datetime.datetime):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        expiration_date: None | str | Unset
        if isinstance(self.expiration_date, Unset):
            expiration_date = UNSET
        elif isinstance(self.expiration_date, datetime.datetime):
            expiration_date = self.expiration_date.isoformat()
        else:
            expiration_date = self.expiration_date

        instance_type: None | str | Unset
        if isinstance(self.instance_type, Unset):
            instance_type = UNSET
        else:
            instance_type = self.instance_type

        name = self.name

        price: None | str | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

        product_name: None | str | Unset
        if isinstance(self.product_name, Unset):
            product_name = UNSET
        else:
            product_name = self.product_name

        provider: None | str | Unset
        if isinstance(self.provider, Unset):
            provider = UNSET
        else:
            provider = self.provider

        purchase_date: None | str | Unset
        if isinstance(self.purchase_date, Unset):
            purchase_date = UNSET
        elif isinstance(self.purchase_date, datetime.datetime):
            purchase_date = self.purchase_date.isoformat()
        else:
            purchase_date = self.purchase_date

        quantity: int | None | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        region = self.region

        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        elif isinstance(self.start_date, datetime.datetime):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        zone_id: None | str | Unset
        if isinstance(self.zone_id, Unset):
            zone_id = UNSET
        else:
            zone_id = self.zone_id

        zone_name: None | str | Unset
        if isinstance(self.zone_name, Unset):
            zone_name = UNSET
        else:
            zone_name = self.zone_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if count is not UNSET:
            field_dict["count"] = count
        if deep_link_to_reservation is not UNSET:
            field_dict["deepLinkToReservation"] = deep_link_to_reservation
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if expiration_date is not UNSET:
            field_dict["expirationDate"] = expiration_date
        if instance_type is not UNSET:
            field_dict["instanceType"] = instance_type
        if name is not UNSET:
            field_dict["name"] = name
        if price is not UNSET:
            field_dict["price"] = price
        if product_name is not UNSET:
            field_dict["productName"] = product_name
        if provider is not UNSET:
            field_dict["provider"] = provider
        if purchase_date is not UNSET:
            field_dict["purchaseDate"] = purchase_date
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if region is not UNSET:
            field_dict["region"] = region
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if type_ is not UNSET:
            field_dict["type"] = type_
        if zone_id is not UNSET:
            field_dict["zoneId"] = zone_id
        if zone_name is not UNSET:
            field_dict["zoneName"] = zone_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        count = _parse_count(d.pop("count", UNSET))

        def _parse_deep_link_to_reservation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        deep_link_to_reservation = _parse_deep_link_to_reservation(
            d.pop("deepLinkToReservation", UNSET)
        )

        def _parse_end_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_date_type_0 = datetime.datetime.fromisoformat(data)

                return end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        end_date = _parse_end_date(d.pop("endDate", UNSET))

        def _parse_expiration_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expiration_date_type_0 = datetime.datetime.fromisoformat(data)

                return expiration_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        expiration_date = _parse_expiration_date(d.pop("expirationDate", UNSET))

        def _parse_instance_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        instance_type = _parse_instance_type(d.pop("instanceType", UNSET))

        name = d.pop("name", UNSET)

        def _parse_price(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        price = _parse_price(d.pop("price", UNSET))

        def _parse_product_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        product_name = _parse_product_name(d.pop("productName", UNSET))

        def _parse_provider(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        provider = _parse_provider(d.pop("provider", UNSET))

        def _parse_purchase_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                purchase_date_type_0 = datetime.datetime.fromisoformat(data)

                return purchase_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        purchase_date = _parse_purchase_date(d.pop("purchaseDate", UNSET))

        def _parse_quantity(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        quantity = _parse_quantity(d.pop("quantity", UNSET))

        region = d.pop("region", UNSET)

        def _parse_start_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_date_type_0 = datetime.datetime.fromisoformat(data)

                return start_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        start_date = _parse_start_date(d.pop("startDate", UNSET))

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_zone_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        zone_id = _parse_zone_id(d.pop("zoneId", UNSET))

        def _parse_zone_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        zone_name = _parse_zone_name(d.pop("zoneName", UNSET))

        castai_inventory_v1_beta_1_generic_reservation = cls(
            count=count,
            deep_link_to_reservation=deep_link_to_reservation,
            end_date=end_date,
            expiration_date=expiration_date,
            instance_type=instance_type,
            name=name,
            price=price,
            product_name=product_name,
            provider=provider,
            purchase_date=purchase_date,
            quantity=quantity,
            region=region,
            start_date=start_date,
            type_=type_,
            zone_id=zone_id,
            zone_name=zone_name,
        )

        castai_inventory_v1_beta_1_generic_reservation.additional_properties = d
        return castai_inventory_v1_beta_1_generic_reservation

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
