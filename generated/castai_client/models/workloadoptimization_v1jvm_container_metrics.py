from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workloadoptimization_v1_heap_commited import (
        WorkloadoptimizationV1HeapCommited,
    )
    from ..models.workloadoptimization_v1_heap_recommended import (
        WorkloadoptimizationV1HeapRecommended,
    )
    from ..models.workloadoptimization_v1_heap_used import (
        WorkloadoptimizationV1HeapUsed,
    )


T = TypeVar("T", bound="WorkloadoptimizationV1JVMContainerMetrics")


@_attrs_define
class WorkloadoptimizationV1JVMContainerMetrics:
    """
    Attributes:
        heap_committed (WorkloadoptimizationV1HeapCommited | Unset):
        heap_used (WorkloadoptimizationV1HeapUsed | Unset):
        recommended_heap (WorkloadoptimizationV1HeapRecommended | Unset):
    """

    heap_committed: WorkloadoptimizationV1HeapCommited | Unset = UNSET
    heap_used: WorkloadoptimizationV1HeapUsed | Unset = UNSET
    recommended_heap: WorkloadoptimizationV1HeapRecommended | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        heap_committed: dict[str, Any] | Unset = UNSET
        if not isinstance(self.heap_committed, Unset):
            heap_committed = self.heap_committed.to_dict()

        heap_used: dict[str, Any] | Unset = UNSET
        if not isinstance(self.heap_used, Unset):
            heap_used = self.heap_used.to_dict()

        recommended_heap: dict[str, Any] | Unset = UNSET
        if not isinstance(self.recommended_heap, Unset):
            recommended_heap = self.recommended_heap.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if heap_committed is not UNSET:
            field_dict["heapCommitted"] = heap_committed
        if heap_used is not UNSET:
            field_dict["heapUsed"] = heap_used
        if recommended_heap is not UNSET:
            field_dict["recommendedHeap"] = recommended_heap

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workloadoptimization_v1_heap_commited import (
            WorkloadoptimizationV1HeapCommited,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1_heap_recommended import (
            WorkloadoptimizationV1HeapRecommended,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1_heap_used import (
            WorkloadoptimizationV1HeapUsed,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _heap_committed = d.pop("heapCommitted", UNSET)
        heap_committed: WorkloadoptimizationV1HeapCommited | Unset
        if isinstance(_heap_committed, Unset):
            heap_committed = UNSET
        else:
            heap_committed = WorkloadoptimizationV1HeapCommited.from_dict(
                _heap_committed
            )

        _heap_used = d.pop("heapUsed", UNSET)
        heap_used: WorkloadoptimizationV1HeapUsed | Unset
        if isinstance(_heap_used, Unset):
            heap_used = UNSET
        else:
            heap_used = WorkloadoptimizationV1HeapUsed.from_dict(_heap_used)

        _recommended_heap = d.pop("recommendedHeap", UNSET)
        recommended_heap: WorkloadoptimizationV1HeapRecommended | Unset
        if isinstance(_recommended_heap, Unset):
            recommended_heap = UNSET
        else:
            recommended_heap = WorkloadoptimizationV1HeapRecommended.from_dict(
                _recommended_heap
            )

        workloadoptimization_v1jvm_container_metrics = cls(
            heap_committed=heap_committed,
            heap_used=heap_used,
            recommended_heap=recommended_heap,
        )

        workloadoptimization_v1jvm_container_metrics.additional_properties = d
        return workloadoptimization_v1jvm_container_metrics

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
