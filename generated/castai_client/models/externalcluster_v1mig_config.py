from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExternalclusterV1MIGConfig")


@_attrs_define
class ExternalclusterV1MIGConfig:
    """
    Attributes:
        gpu_memory_gb (int | None | Unset):
        partition_sizes (list[str] | Unset):
    """

    gpu_memory_gb: int | None | Unset = UNSET
    partition_sizes: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gpu_memory_gb: int | None | Unset
        if isinstance(self.gpu_memory_gb, Unset):
            gpu_memory_gb = UNSET
        else:
            gpu_memory_gb = self.gpu_memory_gb

        partition_sizes: list[str] | Unset = UNSET
        if not isinstance(self.partition_sizes, Unset):
            partition_sizes = self.partition_sizes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if gpu_memory_gb is not UNSET:
            field_dict["gpuMemoryGb"] = gpu_memory_gb
        if partition_sizes is not UNSET:
            field_dict["partitionSizes"] = partition_sizes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_gpu_memory_gb(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        gpu_memory_gb = _parse_gpu_memory_gb(d.pop("gpuMemoryGb", UNSET))

        partition_sizes = cast(list[str], d.pop("partitionSizes", UNSET))

        externalcluster_v1mig_config = cls(
            gpu_memory_gb=gpu_memory_gb,
            partition_sizes=partition_sizes,
        )

        externalcluster_v1mig_config.additional_properties = d
        return externalcluster_v1mig_config

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
