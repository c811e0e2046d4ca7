from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workloadoptimization_v1_kubernetes_label_expression_matcher import (
        WorkloadoptimizationV1KubernetesLabelExpressionMatcher,
    )


T = TypeVar("T", bound="WorkloadoptimizationV1KubernetesWorkloadMatcher")


@_attrs_define
class WorkloadoptimizationV1KubernetesWorkloadMatcher:
    """
    Attributes:
        gvk (list[str] | Unset):
        labels_expressions (list[WorkloadoptimizationV1KubernetesLabelExpressionMatcher] | Unset):
    """

    gvk: list[str] | Unset = UNSET
    labels_expressions: (
        list[WorkloadoptimizationV1KubernetesLabelExpressionMatcher] | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gvk: list[str] | Unset = UNSET
        if not isinstance(self.gvk, Unset):
            gvk = self.gvk

        labels_expressions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.labels_expressions, Unset):
            labels_expressions = []
            for labels_expressions_item_data in self.labels_expressions:
                labels_expressions_item = labels_expressions_item_data.to_dict()
                labels_expressions.append(labels_expressions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if gvk is not UNSET:
            field_dict["gvk"] = gvk
        if labels_expressions is not UNSET:
            field_dict["labelsExpressions"] = labels_expressions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workloadoptimization_v1_kubernetes_label_expression_matcher import (
            WorkloadoptimizationV1KubernetesLabelExpressionMatcher,  # noqa: PLC0415
        )

        d = dict(src_dict)
        gvk = cast(list[str], d.pop("gvk", UNSET))

        _labels_expressions = d.pop("labelsExpressions", UNSET)
        labels_expressions: (
            list[WorkloadoptimizationV1KubernetesLabelExpressionMatcher] | Unset
        ) = UNSET
        if _labels_expressions is not UNSET:
            labels_expressions = []
            for labels_expressions_item_data in _labels_expressions:
                labels_expressions_item = (
                    WorkloadoptimizationV1KubernetesLabelExpressionMatcher.from_dict(
                        labels_expressions_item_data
                    )
                )

                labels_expressions.append(labels_expressions_item)

        workloadoptimization_v1_kubernetes_workload_matcher = cls(
            gvk=gvk,
            labels_expressions=labels_expressions,
        )

        workloadoptimization_v1_kubernetes_workload_matcher.additional_properties = d
        return workloadoptimization_v1_kubernetes_workload_matcher

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
