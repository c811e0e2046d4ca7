from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.nodetemplates_v1_template_constraints_aws_constraints_capacity_reservation_type import (
    NodetemplatesV1TemplateConstraintsAWSConstraintsCapacityReservationType,
    check_nodetemplates_v1_template_constraints_aws_constraints_capacity_reservation_type,
)
from ..types import UNSET, Unset

T = TypeVar(
    "T", bound="NodetemplatesV1TemplateConstraintsAWSConstraintsCapacityReservation"
)


@_attrs_define
class NodetemplatesV1TemplateConstraintsAWSConstraintsCapacityReservation:
    """
    Attributes:
        capacity_resource_group_arn (str | Unset):
        id (str | Unset):
        type_ (NodetemplatesV1TemplateConstraintsAWSConstraintsCapacityReservationType | Unset):
    """

    capacity_resource_group_arn: str | Unset = UNSET
    id: str | Unset = UNSET
    type_: (
        NodetemplatesV1TemplateConstraintsAWSConstraintsCapacityReservationType | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        capacity_resource_group_arn = self.capacity_resource_group_arn

        id = self.id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if capacity_resource_group_arn is not UNSET:
            field_dict["capacityResourceGroupArn"] = capacity_resource_group_arn
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        capacity_resource_group_arn = d.pop("capacityResourceGroupArn", UNSET)

        id = d.pop("id", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: (
            NodetemplatesV1TemplateConstraintsAWSConstraintsCapacityReservationType
            | Unset
        )
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_nodetemplates_v1_template_constraints_aws_constraints_capacity_reservation_type(
                _type_
            )

        nodetemplates_v1_template_constraints_aws_constraints_capacity_reservation = (
            cls(
                capacity_resource_group_arn=capacity_resource_group_arn,
                id=id,
                type_=type_,
            )
        )

        nodetemplates_v1_template_constraints_aws_constraints_capacity_reservation.additional_properties = d
        return (
            nodetemplates_v1_template_constraints_aws_constraints_capacity_reservation
        )

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
