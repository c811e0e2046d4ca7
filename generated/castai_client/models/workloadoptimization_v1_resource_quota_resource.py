from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkloadoptimizationV1ResourceQuotaResource")


@_attrs_define
class WorkloadoptimizationV1ResourceQuotaResource:
    """
    Attributes:
        hard (float | None | Unset):
        used (float | None | Unset):
    """

    hard: float | None | Unset = UNSET
    used: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hard: float | None | Unset
        if isinstance(self.hard, Unset):
            hard = UNSET
        else:
            hard = self.hard

        used: float | None | Unset
        if isinstance(self.used, Unset):
            used = UNSET
        else:
            used = self.used

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if hard is not UNSET:
            field_dict["hard"] = hard
        if used is not UNSET:
            field_dict["used"] = used

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_hard(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        hard = _parse_hard(d.pop("hard", UNSET))

        def _parse_used(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        used = _parse_used(d.pop("used", UNSET))

        workloadoptimization_v1_resource_quota_resource = cls(
            hard=hard,
            used=used,
        )

        workloadoptimization_v1_resource_quota_resource.additional_properties = d
        return workloadoptimization_v1_resource_quota_resource

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
