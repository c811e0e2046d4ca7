from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.externalcluster_v1aws_node_config_capacity_reservation_type import (
    ExternalclusterV1AWSNodeConfigCapacityReservationType,
    check_externalcluster_v1aws_node_config_capacity_reservation_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExternalclusterV1AWSNodeConfigCapacityReservation")


@_attrs_define
class ExternalclusterV1AWSNodeConfigCapacityReservation:
    """
    Attributes:
        id (str | Unset):
        resource_group_arn (None | str | Unset):
        type_ (ExternalclusterV1AWSNodeConfigCapacityReservationType | Unset):
    """

    id: str | Unset = UNSET
    resource_group_arn: None | str | Unset = UNSET
    type_: ExternalclusterV1AWSNodeConfigCapacityReservationType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        resource_group_arn: None | str | Unset
        if isinstance(self.resource_group_arn, Unset):
            resource_group_arn = UNSET
        else:
            resource_group_arn = self.resource_group_arn

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if resource_group_arn is not UNSET:
            field_dict["resourceGroupArn"] = resource_group_arn
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        def _parse_resource_group_arn(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        resource_group_arn = _parse_resource_group_arn(d.pop("resourceGroupArn", UNSET))

        _type_ = d.pop("type", UNSET)
        type_: ExternalclusterV1AWSNodeConfigCapacityReservationType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_externalcluster_v1aws_node_config_capacity_reservation_type(
                _type_
            )

        externalcluster_v1aws_node_config_capacity_reservation = cls(
            id=id,
            resource_group_arn=resource_group_arn,
            type_=type_,
        )

        externalcluster_v1aws_node_config_capacity_reservation.additional_properties = d
        return externalcluster_v1aws_node_config_capacity_reservation

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
