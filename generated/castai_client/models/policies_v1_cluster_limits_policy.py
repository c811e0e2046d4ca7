from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.policies_v1_cluster_limits_cpu import PoliciesV1ClusterLimitsCpu


T = TypeVar("T", bound="PoliciesV1ClusterLimitsPolicy")


@_attrs_define
class PoliciesV1ClusterLimitsPolicy:
    """
    Attributes:
        cpu (PoliciesV1ClusterLimitsCpu | Unset):
        enabled (bool | None | Unset):
    """

    cpu: PoliciesV1ClusterLimitsCpu | Unset = UNSET
    enabled: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cpu: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cpu, Unset):
            cpu = self.cpu.to_dict()

        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cpu is not UNSET:
            field_dict["cpu"] = cpu
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.policies_v1_cluster_limits_cpu import PoliciesV1ClusterLimitsCpu  # noqa: PLC0415

        d = dict(src_dict)
        _cpu = d.pop("cpu", UNSET)
        cpu: PoliciesV1ClusterLimitsCpu | Unset
        if isinstance(_cpu, Unset):
            cpu = UNSET
        else:
            cpu = PoliciesV1ClusterLimitsCpu.from_dict(_cpu)

        def _parse_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enabled = _parse_enabled(d.pop("enabled", UNSET))

        policies_v1_cluster_limits_policy = cls(
            cpu=cpu,
            enabled=enabled,
        )

        policies_v1_cluster_limits_policy.additional_properties = d
        return policies_v1_cluster_limits_policy

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
