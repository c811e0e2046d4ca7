from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workloadoptimization_v1_in_place_resize_status import (
    WorkloadoptimizationV1InPlaceResizeStatus,
    check_workloadoptimization_v1_in_place_resize_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkloadoptimizationV1PodInPlaceResize")


@_attrs_define
class WorkloadoptimizationV1PodInPlaceResize:
    """
    Attributes:
        status (WorkloadoptimizationV1InPlaceResizeStatus):
        error (None | str | Unset):
    """

    status: WorkloadoptimizationV1InPlaceResizeStatus
    error: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str = self.status

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = check_workloadoptimization_v1_in_place_resize_status(d.pop("status"))

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        workloadoptimization_v1_pod_in_place_resize = cls(
            status=status,
            error=error,
        )

        workloadoptimization_v1_pod_in_place_resize.additional_properties = d
        return workloadoptimization_v1_pod_in_place_resize

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
