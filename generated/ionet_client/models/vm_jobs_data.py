from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.vm_worker_data import VmWorkerData


T = TypeVar("T", bound="VmJobsData")


@_attrs_define
class VmJobsData:
    """
    Attributes:
        total (int):  Example: 1.
        workers (list[VmWorkerData]):
    """

    total: int
    workers: list[VmWorkerData]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        workers = []
        for workers_item_data in self.workers:
            workers_item = workers_item_data.to_dict()
            workers.append(workers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
                "workers": workers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.vm_worker_data import VmWorkerData  # noqa: PLC0415

        d = dict(src_dict)
        total = d.pop("total")

        workers = []
        _workers = d.pop("workers")
        for workers_item_data in _workers:
            workers_item = VmWorkerData.from_dict(workers_item_data)

            workers.append(workers_item)

        vm_jobs_data = cls(
            total=total,
            workers=workers,
        )

        vm_jobs_data.additional_properties = d
        return vm_jobs_data

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
