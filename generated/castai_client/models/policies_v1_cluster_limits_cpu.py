from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PoliciesV1ClusterLimitsCpu")


@_attrs_define
class PoliciesV1ClusterLimitsCpu:
    """
    Attributes:
        max_cores (int | Unset):
        min_cores (int | Unset):
    """

    max_cores: int | Unset = UNSET
    min_cores: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_cores = self.max_cores

        min_cores = self.min_cores

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if max_cores is not UNSET:
            field_dict["maxCores"] = max_cores
        if min_cores is not UNSET:
            field_dict["minCores"] = min_cores

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        max_cores = d.pop("maxCores", UNSET)

        min_cores = d.pop("minCores", UNSET)

        policies_v1_cluster_limits_cpu = cls(
            max_cores=max_cores,
            min_cores=min_cores,
        )

        policies_v1_cluster_limits_cpu.additional_properties = d
        return policies_v1_cluster_limits_cpu

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
