from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.nodetemplates_v1_template_constraints_aws_constraints_capacity_reservation import (
        NodetemplatesV1TemplateConstraintsAWSConstraintsCapacityReservation,
    )


T = TypeVar("T", bound="NodetemplatesV1TemplateConstraintsAWSConstraints")


@_attrs_define
class NodetemplatesV1TemplateConstraintsAWSConstraints:
    """
    Attributes:
        capacity_reservations (list[NodetemplatesV1TemplateConstraintsAWSConstraintsCapacityReservation] | Unset):
    """

    capacity_reservations: (
        list[NodetemplatesV1TemplateConstraintsAWSConstraintsCapacityReservation]
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        capacity_reservations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.capacity_reservations, Unset):
            capacity_reservations = []
            for capacity_reservations_item_data in self.capacity_reservations:
                capacity_reservations_item = capacity_reservations_item_data.to_dict()
                capacity_reservations.append(capacity_reservations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if capacity_reservations is not UNSET:
            field_dict["capacityReservations"] = capacity_reservations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.nodetemplates_v1_template_constraints_aws_constraints_capacity_reservation import (
            NodetemplatesV1TemplateConstraintsAWSConstraintsCapacityReservation,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _capacity_reservations = d.pop("capacityReservations", UNSET)
        capacity_reservations: (
            list[NodetemplatesV1TemplateConstraintsAWSConstraintsCapacityReservation]
            | Unset
        ) = UNSET
        if _capacity_reservations is not UNSET:
            capacity_reservations = []
            for capacity_reservations_item_data in _capacity_reservations:
                capacity_reservations_item = NodetemplatesV1TemplateConstraintsAWSConstraintsCapacityReservation.from_dict(
                    capacity_reservations_item_data
                )

                capacity_reservations.append(capacity_reservations_item)

        nodetemplates_v1_template_constraints_aws_constraints = cls(
            capacity_reservations=capacity_reservations,
        )

        nodetemplates_v1_template_constraints_aws_constraints.additional_properties = d
        return nodetemplates_v1_template_constraints_aws_constraints

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
