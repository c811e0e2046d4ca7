from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.castai_rbac_v1_beta_1_label_selector_operator import (
    CastaiRbacV1Beta1LabelSelectorOperator,
    check_castai_rbac_v1_beta_1_label_selector_operator,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CastaiRbacV1Beta1LabelSelectorRequirement")


@_attrs_define
class CastaiRbacV1Beta1LabelSelectorRequirement:
    """
    Attributes:
        key (str):
        operator (CastaiRbacV1Beta1LabelSelectorOperator):
        values (list[str] | Unset):
    """

    key: str
    operator: CastaiRbacV1Beta1LabelSelectorOperator
    values: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        operator: str = self.operator

        values: list[str] | Unset = UNSET
        if not isinstance(self.values, Unset):
            values = self.values

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "operator": operator,
            }
        )
        if values is not UNSET:
            field_dict["values"] = values

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key")

        operator = check_castai_rbac_v1_beta_1_label_selector_operator(
            d.pop("operator")
        )

        values = cast(list[str], d.pop("values", UNSET))

        castai_rbac_v1_beta_1_label_selector_requirement = cls(
            key=key,
            operator=operator,
            values=values,
        )

        castai_rbac_v1_beta_1_label_selector_requirement.additional_properties = d
        return castai_rbac_v1_beta_1_label_selector_requirement

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
