from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.castai_evictor_v1_label_selector_expression_operator import (
    CastaiEvictorV1LabelSelectorExpressionOperator,
    check_castai_evictor_v1_label_selector_expression_operator,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CastaiEvictorV1LabelSelectorExpression")


@_attrs_define
class CastaiEvictorV1LabelSelectorExpression:
    """
    Attributes:
        key (str):
        operator (CastaiEvictorV1LabelSelectorExpressionOperator):
        values (list[str] | Unset):
    """

    key: str
    operator: CastaiEvictorV1LabelSelectorExpressionOperator
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

        operator = check_castai_evictor_v1_label_selector_expression_operator(
            d.pop("operator")
        )

        values = cast(list[str], d.pop("values", UNSET))

        castai_evictor_v1_label_selector_expression = cls(
            key=key,
            operator=operator,
            values=values,
        )

        castai_evictor_v1_label_selector_expression.additional_properties = d
        return castai_evictor_v1_label_selector_expression

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
