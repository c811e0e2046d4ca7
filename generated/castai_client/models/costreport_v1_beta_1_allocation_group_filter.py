from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.costreport_v1_beta_1_filter_operator import (
    CostreportV1Beta1FilterOperator,
    check_costreport_v1_beta_1_filter_operator,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.costreport_v1_beta_1_allocation_group_filter_label_value import (
        CostreportV1Beta1AllocationGroupFilterLabelValue,
    )


T = TypeVar("T", bound="CostreportV1Beta1AllocationGroupFilter")


@_attrs_define
class CostreportV1Beta1AllocationGroupFilter:
    """
    Attributes:
        cluster_ids (list[str] | Unset):
        labels (list[CostreportV1Beta1AllocationGroupFilterLabelValue] | Unset):
        labels_operator (CostreportV1Beta1FilterOperator | Unset):
        namespaces (list[str] | Unset):
        node_labels (list[CostreportV1Beta1AllocationGroupFilterLabelValue] | Unset):
        node_labels_operator (CostreportV1Beta1FilterOperator | Unset):
    """

    cluster_ids: list[str] | Unset = UNSET
    labels: list[CostreportV1Beta1AllocationGroupFilterLabelValue] | Unset = UNSET
    labels_operator: CostreportV1Beta1FilterOperator | Unset = UNSET
    namespaces: list[str] | Unset = UNSET
    node_labels: list[CostreportV1Beta1AllocationGroupFilterLabelValue] | Unset = UNSET
    node_labels_operator: CostreportV1Beta1FilterOperator | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cluster_ids: list[str] | Unset = UNSET
        if not isinstance(self.cluster_ids, Unset):
            cluster_ids = self.cluster_ids

        labels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = []
            for labels_item_data in self.labels:
                labels_item = labels_item_data.to_dict()
                labels.append(labels_item)

        labels_operator: str | Unset = UNSET
        if not isinstance(self.labels_operator, Unset):
            labels_operator = self.labels_operator

        namespaces: list[str] | Unset = UNSET
        if not isinstance(self.namespaces, Unset):
            namespaces = self.namespaces

        node_labels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.node_labels, Unset):
            node_labels = []
            for node_labels_item_data in self.node_labels:
                node_labels_item = node_labels_item_data.to_dict()
                node_labels.append(node_labels_item)

        node_labels_operator: str | Unset = UNSET
        if not isinstance(self.node_labels_operator, Unset):
            node_labels_operator = self.node_labels_operator

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cluster_ids is not UNSET:
            field_dict["clusterIds"] = cluster_ids
        if labels is not UNSET:
            field_dict["labels"] = labels
        if labels_operator is not UNSET:
            field_dict["labelsOperator"] = labels_operator
        if namespaces is not UNSET:
            field_dict["namespaces"] = namespaces
        if node_labels is not UNSET:
            field_dict["nodeLabels"] = node_labels
        if node_labels_operator is not UNSET:
            field_dict["nodeLabelsOperator"] = node_labels_operator

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.costreport_v1_beta_1_allocation_group_filter_label_value import (
            CostreportV1Beta1AllocationGroupFilterLabelValue,  # noqa: PLC0415
        )

        d = dict(src_dict)
        cluster_ids = cast(list[str], d.pop("clusterIds", UNSET))

        _labels = d.pop("labels", UNSET)
        labels: list[CostreportV1Beta1AllocationGroupFilterLabelValue] | Unset = UNSET
        if _labels is not UNSET:
            labels = []
            for labels_item_data in _labels:
                labels_item = (
                    CostreportV1Beta1AllocationGroupFilterLabelValue.from_dict(
                        labels_item_data
                    )
                )

                labels.append(labels_item)

        _labels_operator = d.pop("labelsOperator", UNSET)
        labels_operator: CostreportV1Beta1FilterOperator | Unset
        if isinstance(_labels_operator, Unset):
            labels_operator = UNSET
        else:
            labels_operator = check_costreport_v1_beta_1_filter_operator(
                _labels_operator
            )

        namespaces = cast(list[str], d.pop("namespaces", UNSET))

        _node_labels = d.pop("nodeLabels", UNSET)
        node_labels: list[CostreportV1Beta1AllocationGroupFilterLabelValue] | Unset = (
            UNSET
        )
        if _node_labels is not UNSET:
            node_labels = []
            for node_labels_item_data in _node_labels:
                node_labels_item = (
                    CostreportV1Beta1AllocationGroupFilterLabelValue.from_dict(
                        node_labels_item_data
                    )
                )

                node_labels.append(node_labels_item)

        _node_labels_operator = d.pop("nodeLabelsOperator", UNSET)
        node_labels_operator: CostreportV1Beta1FilterOperator | Unset
        if isinstance(_node_labels_operator, Unset):
            node_labels_operator = UNSET
        else:
            node_labels_operator = check_costreport_v1_beta_1_filter_operator(
                _node_labels_operator
            )

        costreport_v1_beta_1_allocation_group_filter = cls(
            cluster_ids=cluster_ids,
            labels=labels,
            labels_operator=labels_operator,
            namespaces=namespaces,
            node_labels=node_labels,
            node_labels_operator=node_labels_operator,
        )

        costreport_v1_beta_1_allocation_group_filter.additional_properties = d
        return costreport_v1_beta_1_allocation_group_filter

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
