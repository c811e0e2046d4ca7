from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CastaiInventoryV1Beta1Zone")


@_attrs_define
class CastaiInventoryV1Beta1Zone:
    """
    Attributes:
        create_time (datetime.datetime | Unset):
        id (str | Unset):
        name (str | Unset):
        region (str | Unset):
        unavailability_time (datetime.datetime | None | Unset):
        update_time (datetime.datetime | Unset):
        zone_id (str | Unset):
    """

    create_time: datetime.datetime | Unset = UNSET
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    region: str | Unset = UNSET
    unavailability_time: datetime.datetime | None | Unset = UNSET
    update_time: datetime.datetime | Unset = UNSET
    zone_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        create_time: str | Unset = UNSET
        if not isinstance(self.create_time, Unset):
            create_time = self.create_time.isoformat()

        id = self.id

        name = self.name

        region = self.region

        unavailability_time: None | str | Unset
        if isinstance(self.unavailability_time, Unset):
            unavailability_time = UNSET
        elif isinstance(self.unavailability_time, datetime.datetime):
            unavailability_time = self.unavailability_time.isoformat()
        else:
            unavailability_time = self.unavailability_time

        update_time: str | Unset = UNSET
        if not isinstance(self.update_time, Unset):
            update_time = self.update_time.isoformat()

        zone_id = self.zone_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if create_time is not UNSET:
            field_dict["createTime"] = create_time
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if region is not UNSET:
            field_dict["region"] = region
        if unavailability_time is not UNSET:
            field_dict["unavailabilityTime"] = unavailability_time
        if update_time is not UNSET:
            field_dict["updateTime"] = update_time
        if zone_id is not UNSET:
            field_dict["zoneId"] = zone_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _create_time = d.pop("createTime", UNSET)
        create_time: datetime.datetime | Unset
        if isinstance(_create_time, Unset):
            create_time = UNSET
        else:
            create_time = datetime.datetime.fromisoformat(_create_time)

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        region = d.pop("region", UNSET)

        def _parse_unavailability_time(
            data: object,
        ) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                unavailability_time_type_0 = datetime.datetime.fromisoformat(data)

                return unavailability_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        unavailability_time = _parse_unavailability_time(
            d.pop("unavailabilityTime", UNSET)
        )

        _update_time = d.pop("updateTime", UNSET)
        update_time: datetime.datetime | Unset
        if isinstance(_update_time, Unset):
            update_time = UNSET
        else:
            update_time = datetime.datetime.fromisoformat(_update_time)

        zone_id = d.pop("zoneId", UNSET)

        castai_inventory_v1_beta_1_zone = cls(
            create_time=create_time,
            id=id,
            name=name,
            region=region,
            unavailability_time=unavailability_time,
            update_time=update_time,
            zone_id=zone_id,
        )

        castai_inventory_v1_beta_1_zone.additional_properties = d
        return castai_inventory_v1_beta_1_zone

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
