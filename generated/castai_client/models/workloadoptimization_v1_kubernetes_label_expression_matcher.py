from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workloadoptimization_v1_kubernetes_label_selector_operator import (
    WorkloadoptimizationV1KubernetesLabelSelectorOperator,
    check_workloadoptimization_v1_kubernetes_label_selector_operator,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkloadoptimizationV1KubernetesLabelExpressionMatcher")


@_attrs_define
class WorkloadoptimizationV1KubernetesLabelExpressionMatcher:
    """
    Attributes:
        operator (WorkloadoptimizationV1KubernetesLabelSelectorOperator):
        values (list[str]):
        key (None | str | Unset):
    """

    operator: WorkloadoptimizationV1KubernetesLabelSelectorOperator
    values: list[str]
    key: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operator: str = self.operator

        values = self.values

        key: None | str | Unset
        if isinstance(self.key, Unset):
            key = UNSET
        else:
            key = self.key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "operator": operator,
                "values": values,
            }
        )
        if key is not UNSET:
            field_dict["key"] = key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        operator = check_workloadoptimization_v1_kubernetes_label_selector_operator(
            d.pop("operator")
        )

        values = cast(list[str], d.pop("values"))

        def _parse_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        key = _parse_key(d.pop("key", UNSET))

        workloadoptimization_v1_kubernetes_label_expression_matcher = cls(
            operator=operator,
            values=values,
            key=key,
        )

        workloadoptimization_v1_kubernetes_label_expression_matcher.additional_properties = d
        return workloadoptimization_v1_kubernetes_label_expression_matcher

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
