from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.runtime_v1_netflow_graph_edge_metrics import (
        RuntimeV1NetflowGraphEdgeMetrics,
    )


T = TypeVar("T", bound="RuntimeV1NetflowGraphEdge")


@_attrs_define
class RuntimeV1NetflowGraphEdge:
    """
    Attributes:
        metrics (RuntimeV1NetflowGraphEdgeMetrics | Unset):
        source (str | Unset):
        target (str | Unset):
    """

    metrics: RuntimeV1NetflowGraphEdgeMetrics | Unset = UNSET
    source: str | Unset = UNSET
    target: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metrics, Unset):
            metrics = self.metrics.to_dict()

        source = self.source

        target = self.target

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if metrics is not UNSET:
            field_dict["metrics"] = metrics
        if source is not UNSET:
            field_dict["source"] = source
        if target is not UNSET:
            field_dict["target"] = target

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.runtime_v1_netflow_graph_edge_metrics import (
            RuntimeV1NetflowGraphEdgeMetrics,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _metrics = d.pop("metrics", UNSET)
        metrics: RuntimeV1NetflowGraphEdgeMetrics | Unset
        if isinstance(_metrics, Unset):
            metrics = UNSET
        else:
            metrics = RuntimeV1NetflowGraphEdgeMetrics.from_dict(_metrics)

        source = d.pop("source", UNSET)

        target = d.pop("target", UNSET)

        runtime_v1_netflow_graph_edge = cls(
            metrics=metrics,
            source=source,
            target=target,
        )

        runtime_v1_netflow_graph_edge.additional_properties = d
        return runtime_v1_netflow_graph_edge

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
