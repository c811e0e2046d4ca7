from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.costreport_v1_beta_1_allocation_group_filter_label_value_operator import (
    CostreportV1Beta1AllocationGroupFilterLabelValueOperator,
    check_costreport_v1_beta_1_allocation_group_filter_label_value_operator,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CostreportV1Beta1AllocationGroupFilterLabelValue")


@_attrs_define
class CostreportV1Beta1AllocationGroupFilterLabelValue:
    """
    Attributes:
        label (str | Unset):
        operator (CostreportV1Beta1AllocationGroupFilterLabelValueOperator | Unset):
        value (str | Unset):
    """

    label: str | Unset = UNSET
    operator: CostreportV1Beta1AllocationGroupFilterLabelValueOperator | Unset = UNSET
    value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        operator: str | Unset = UNSET
        if not isinstance(self.operator, Unset):
            operator = self.operator

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if label is not UNSET:
            field_dict["label"] = label
        if operator is not UNSET:
            field_dict["operator"] = operator
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        label = d.pop("label", UNSET)

        _operator = d.pop("operator", UNSET)
        operator: CostreportV1Beta1AllocationGroupFilterLabelValueOperator | Unset
        if isinstance(_operator, Unset):
            operator = UNSET
        else:
            operator = (
                check_costreport_v1_beta_1_allocation_group_filter_label_value_operator(
                    _operator
                )
            )

        value = d.pop("value", UNSET)

        costreport_v1_beta_1_allocation_group_filter_label_value = cls(
            label=label,
            operator=operator,
            value=value,
        )

        costreport_v1_beta_1_allocation_group_filter_label_value.additional_properties = d
        return costreport_v1_beta_1_allocation_group_filter_label_value

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
