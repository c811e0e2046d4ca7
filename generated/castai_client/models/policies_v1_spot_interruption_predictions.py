from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.policies_v1_spot_interruption_predictions_type import (
    PoliciesV1SpotInterruptionPredictionsType,
    check_policies_v1_spot_interruption_predictions_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PoliciesV1SpotInterruptionPredictions")


@_attrs_define
class PoliciesV1SpotInterruptionPredictions:
    """
    Attributes:
        enabled (bool | Unset):
        type_ (PoliciesV1SpotInterruptionPredictionsType | Unset):
    """

    enabled: bool | Unset = UNSET
    type_: PoliciesV1SpotInterruptionPredictionsType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enabled = d.pop("enabled", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: PoliciesV1SpotInterruptionPredictionsType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_policies_v1_spot_interruption_predictions_type(_type_)

        policies_v1_spot_interruption_predictions = cls(
            enabled=enabled,
            type_=type_,
        )

        policies_v1_spot_interruption_predictions.additional_properties = d
        return policies_v1_spot_interruption_predictions

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
