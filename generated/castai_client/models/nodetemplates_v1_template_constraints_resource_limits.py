from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NodetemplatesV1TemplateConstraintsResourceLimits")


@_attrs_define
class NodetemplatesV1TemplateConstraintsResourceLimits:
    """
    Attributes:
        cpu_limit_enabled (bool | Unset):
        cpu_limit_max_cores (int | Unset):
    """

    cpu_limit_enabled: bool | Unset = UNSET
    cpu_limit_max_cores: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cpu_limit_enabled = self.cpu_limit_enabled

        cpu_limit_max_cores = self.cpu_limit_max_cores

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cpu_limit_enabled is not UNSET:
            field_dict["cpuLimitEnabled"] = cpu_limit_enabled
        if cpu_limit_max_cores is not UNSET:
            field_dict["cpuLimitMaxCores"] = cpu_limit_max_cores

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cpu_limit_enabled = d.pop("cpuLimitEnabled", UNSET)

        cpu_limit_max_cores = d.pop("cpuLimitMaxCores", UNSET)

        nodetemplates_v1_template_constraints_resource_limits = cls(
            cpu_limit_enabled=cpu_limit_enabled,
            cpu_limit_max_cores=cpu_limit_max_cores,
        )

        nodetemplates_v1_template_constraints_resource_limits.additional_properties = d
        return nodetemplates_v1_template_constraints_resource_limits

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
