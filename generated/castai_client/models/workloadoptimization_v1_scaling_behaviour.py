from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkloadoptimizationV1ScalingBehaviour")


@_attrs_define
class WorkloadoptimizationV1ScalingBehaviour:
    """
    Attributes:
        stabilization_window_seconds (int | None | Unset):
    """

    stabilization_window_seconds: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stabilization_window_seconds: int | None | Unset
        if isinstance(self.stabilization_window_seconds, Unset):
            stabilization_window_seconds = UNSET
        else:
            stabilization_window_seconds = self.stabilization_window_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if stabilization_window_seconds is not UNSET:
            field_dict["stabilizationWindowSeconds"] = stabilization_window_seconds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_stabilization_window_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        stabilization_window_seconds = _parse_stabilization_window_seconds(
            d.pop("stabilizationWindowSeconds", UNSET)
        )

        workloadoptimization_v1_scaling_behaviour = cls(
            stabilization_window_seconds=stabilization_window_seconds,
        )

        workloadoptimization_v1_scaling_behaviour.additional_properties = d
        return workloadoptimization_v1_scaling_behaviour

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
