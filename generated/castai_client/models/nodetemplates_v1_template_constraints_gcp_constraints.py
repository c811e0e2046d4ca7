from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NodetemplatesV1TemplateConstraintsGCPConstraints")


@_attrs_define
class NodetemplatesV1TemplateConstraintsGCPConstraints:
    """
    Attributes:
        capacity_reservation_ids (list[str] | Unset):
    """

    capacity_reservation_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        capacity_reservation_ids: list[str] | Unset = UNSET
        if not isinstance(self.capacity_reservation_ids, Unset):
            capacity_reservation_ids = self.capacity_reservation_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if capacity_reservation_ids is not UNSET:
            field_dict["capacityReservationIds"] = capacity_reservation_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        capacity_reservation_ids = cast(
            list[str], d.pop("capacityReservationIds", UNSET)
        )

        nodetemplates_v1_template_constraints_gcp_constraints = cls(
            capacity_reservation_ids=capacity_reservation_ids,
        )

        nodetemplates_v1_template_constraints_gcp_constraints.additional_properties = d
        return nodetemplates_v1_template_constraints_gcp_constraints

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
