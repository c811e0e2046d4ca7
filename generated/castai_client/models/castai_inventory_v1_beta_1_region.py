from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.castai_inventory_v1_beta_1_region_zone import (
        CastaiInventoryV1Beta1RegionZone,
    )


T = TypeVar("T", bound="CastaiInventoryV1Beta1Region")


@_attrs_define
class CastaiInventoryV1Beta1Region:
    """
    Attributes:
        category (str | Unset):
        create_time (datetime.datetime | Unset):
        csp (str | Unset):
        display_name (str | Unset):
        id (str | Unset):
        key (None | str | Unset):
        name (str | Unset):
        unavailability_time (datetime.datetime | None | Unset):
        update_time (datetime.datetime | Unset):
        zones (list[CastaiInventoryV1Beta1RegionZone] | Unset):
    """

    category: str | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    csp: str | Unset = UNSET
    display_name: str | Unset = UNSET
    id: str | Unset = UNSET
    key: None | str | Unset = UNSET
    name: str | Unset = UNSET
    unavailability_time: datetime.datetime | None | Unset = UNSET
    update_time: datetime.datetime | Unset = UNSET
    zones: list[CastaiInventoryV1Beta1RegionZone] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category = self.category

        create_time: str | Unset = UNSET
        if not isinstance(self.create_time, Unset):
            create_time = self.create_time.isoformat()

        csp = self.csp

        display_name = self.display_name

        id = self.id

        key: None | str | Unset
        if isinstance(self.key, Unset):
            key = UNSET
        else:
            key = self.key

        name = self.name

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

        zones: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.zones, Unset):
            zones = []
            for zones_item_data in self.zones:
                zones_item = zones_item_data.to_dict()
                zones.append(zones_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if category is not UNSET:
            field_dict["category"] = category
        if create_time is not UNSET:
            field_dict["createTime"] = create_time
        if csp is not UNSET:
            field_dict["csp"] = csp
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if id is not UNSET:
            field_dict["id"] = id
        if key is not UNSET:
            field_dict["key"] = key
        if name is not UNSET:
            field_dict["name"] = name
        if unavailability_time is not UNSET:
            field_dict["unavailabilityTime"] = unavailability_time
        if update_time is not UNSET:
            field_dict["updateTime"] = update_time
        if zones is not UNSET:
            field_dict["zones"] = zones

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.castai_inventory_v1_beta_1_region_zone import (
            CastaiInventoryV1Beta1RegionZone,  # noqa: PLC0415
        )

        d = dict(src_dict)
        category = d.pop("category", UNSET)

        _create_time = d.pop("createTime", UNSET)
        create_time: datetime.datetime | Unset
        if isinstance(_create_time, Unset):
            create_time = UNSET
        else:
            create_time = datetime.datetime.fromisoformat(_create_time)

        csp = d.pop("csp", UNSET)

        display_name = d.pop("displayName", UNSET)

        id = d.pop("id", UNSET)

        def _parse_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        key = _parse_key(d.pop("key", UNSET))

        name = d.pop("name", UNSET)

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

        _zones = d.pop("zones", UNSET)
        zones: list[CastaiInventoryV1Beta1RegionZone] | Unset = UNSET
        if _zones is not UNSET:
            zones = []
            for zones_item_data in _zones:
                zones_item = CastaiInventoryV1Beta1RegionZone.from_dict(zones_item_data)

                zones.append(zones_item)

        castai_inventory_v1_beta_1_region = cls(
            category=category,
            create_time=create_time,
            csp=csp,
            display_name=display_name,
            id=id,
            key=key,
            name=name,
            unavailability_time=unavailability_time,
            update_time=update_time,
            zones=zones,
        )

        castai_inventory_v1_beta_1_region.additional_properties = d
        return castai_inventory_v1_beta_1_region

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
