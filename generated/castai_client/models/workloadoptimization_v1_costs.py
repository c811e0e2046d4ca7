from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkloadoptimizationV1Costs")


@_attrs_define
class WorkloadoptimizationV1Costs:
    """
    Attributes:
        original_requested (float | None | Unset):
        recommended (float | None | Unset):
        requested (float | None | Unset):
    """

    original_requested: float | None | Unset = UNSET
    recommended: float | None | Unset = UNSET
    requested: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        original_requested: float | None | Unset
        if isinstance(self.original_requested, Unset):
            original_requested = UNSET
        else:
            original_requested = self.original_requested

        recommended: float | None | Unset
        if isinstance(self.recommended, Unset):
            recommended = UNSET
        else:
            recommended = self.recommended

        requested: float | None | Unset
        if isinstance(self.requested, Unset):
            requested = UNSET
        else:
            requested = self.requested

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if original_requested is not UNSET:
            field_dict["originalRequested"] = original_requested
        if recommended is not UNSET:
            field_dict["recommended"] = recommended
        if requested is not UNSET:
            field_dict["requested"] = requested

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_original_requested(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        original_requested = _parse_original_requested(
            d.pop("originalRequested", UNSET)
        )

        def _parse_recommended(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        recommended = _parse_recommended(d.pop("recommended", UNSET))

        def _parse_requested(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        requested = _parse_requested(d.pop("requested", UNSET))

        workloadoptimization_v1_costs = cls(
            original_requested=original_requested,
            recommended=recommended,
            requested=requested,
        )

        workloadoptimization_v1_costs.additional_properties = d
        return workloadoptimization_v1_costs

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
