from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NodetemplatesV1TemplateConstraintsCustomPriority")


@_attrs_define
class NodetemplatesV1TemplateConstraintsCustomPriority:
    """
    Attributes:
        families (list[str] | Unset):
        on_demand (bool | None | Unset):
        spot (bool | None | Unset):
    """

    families: list[str] | Unset = UNSET
    on_demand: bool | None | Unset = UNSET
    spot: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        families: list[str] | Unset = UNSET
        if not isinstance(self.families, Unset):
            families = self.families

        on_demand: bool | None | Unset
        if isinstance(self.on_demand, Unset):
            on_demand = UNSET
        else:
            on_demand = self.on_demand

        spot: bool | None | Unset
        if isinstance(self.spot, Unset):
            spot = UNSET
        else:
            spot = self.spot

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if families is not UNSET:
            field_dict["families"] = families
        if on_demand is not UNSET:
            field_dict["onDemand"] = on_demand
        if spot is not UNSET:
            field_dict["spot"] = spot

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        families = cast(list[str], d.pop("families", UNSET))

        def _parse_on_demand(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        on_demand = _parse_on_demand(d.pop("onDemand", UNSET))

        def _parse_spot(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        spot = _parse_spot(d.pop("spot", UNSET))

        nodetemplates_v1_template_constraints_custom_priority = cls(
            families=families,
            on_demand=on_demand,
            spot=spot,
        )

        nodetemplates_v1_template_constraints_custom_priority.additional_properties = d
        return nodetemplates_v1_template_constraints_custom_priority

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
