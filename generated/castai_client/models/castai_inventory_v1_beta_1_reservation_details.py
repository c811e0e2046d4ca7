from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CastaiInventoryV1Beta1ReservationDetails")


@_attrs_define
class CastaiInventoryV1Beta1ReservationDetails:
    """
    Attributes:
        count (int | Unset):
        cpu (str | Unset):
        created_at (datetime.datetime | Unset):
        end_date (datetime.datetime | None | Unset):
        instance_type (str | Unset):
        name (str | Unset):
        price (str | Unset):
        provider (str | Unset):
        ram_mib (str | Unset):
        region (str | Unset):
        reservation_id (str | Unset):
        start_date (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
        zone_id (None | str | Unset):
        zone_name (None | str | Unset):
    """

    count: int | Unset = UNSET
    cpu: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    end_date: datetime.datetime | None | Unset = UNSET
    instance_type: str | Unset = UNSET
    name: str | Unset = UNSET
    price: str | Unset = UNSET
    provider: str | Unset = UNSET
    ram_mib: str | Unset = UNSET
    region: str | Unset = UNSET
    reservation_id: str | Unset = UNSET
    start_date: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    zone_id: None | str | Unset = UNSET
    zone_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        cpu = self.cpu

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        elif isinstance(self.end_date, datetime.datetime):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        instance_type = self.instance_type

        name = self.name

        price = self.price

        provider = self.provider

        ram_mib = self.ram_mib

        region = self.region

        reservation_id = self.reservation_id

        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

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
        if cpu is not UNSET:
            field_dict["cpu"] = cpu
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if instance_type is not UNSET:
            field_dict["instanceType"] = instance_type
        if name is not UNSET:
            field_dict["name"] = name
        if price is not UNSET:
            field_dict["price"] = price
        if provider is not UNSET:
            field_dict["provider"] = provider
        if ram_mib is not UNSET:
            field_dict["ramMib"] = ram_mib
        if region is not UNSET:
            field_dict["region"] = region
        if reservation_id is not UNSET:
            field_dict["reservationId"] = reservation_id
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if zone_id is not UNSET:
            field_dict["zoneId"] = zone_id
        if zone_name is not UNSET:
            field_dict["zoneName"] = zone_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        count = d.pop("count", UNSET)

        cpu = d.pop("cpu", UNSET)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

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

        instance_type = d.pop("instanceType", UNSET)

        name = d.pop("name", UNSET)

        price = d.pop("price", UNSET)

        provider = d.pop("provider", UNSET)

        ram_mib = d.pop("ramMib", UNSET)

        region = d.pop("region", UNSET)

        reservation_id = d.pop("reservationId", UNSET)

        _start_date = d.pop("startDate", UNSET)
        start_date: datetime.datetime | Unset
        if isinstance(_start_date, Unset):
            start_date = UNSET
        else:
            start_date = datetime.datetime.fromisoformat(_start_date)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

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

        castai_inventory_v1_beta_1_reservation_details = cls(
            count=count,
            cpu=cpu,
            created_at=created_at,
            end_date=end_date,
            instance_type=instance_type,
            name=name,
            price=price,
            provider=provider,
            ram_mib=ram_mib,
            region=region,
            reservation_id=reservation_id,
            start_date=start_date,
            updated_at=updated_at,
            zone_id=zone_id,
            zone_name=zone_name,
        )

        castai_inventory_v1_beta_1_reservation_details.additional_properties = d
        return castai_inventory_v1_beta_1_reservation_details

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
