from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ScheduledrebalancingV1DrainFailureConfig")


@_attrs_define
class ScheduledrebalancingV1DrainFailureConfig:
    """
    Attributes:
        disable_uncordon (bool | None | Unset):
        uncordon_after_seconds (int | Unset):
    """

    disable_uncordon: bool | None | Unset = UNSET
    uncordon_after_seconds: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        disable_uncordon: bool | None | Unset
        if isinstance(self.disable_uncordon, Unset):
            disable_uncordon = UNSET
        else:
            disable_uncordon = self.disable_uncordon

        uncordon_after_seconds = self.uncordon_after_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if disable_uncordon is not UNSET:
            field_dict["disableUncordon"] = disable_uncordon
        if uncordon_after_seconds is not UNSET:
            field_dict["uncordonAfterSeconds"] = uncordon_after_seconds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_disable_uncordon(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        disable_uncordon = _parse_disable_uncordon(d.pop("disableUncordon", UNSET))

        uncordon_after_seconds = d.pop("uncordonAfterSeconds", UNSET)

        scheduledrebalancing_v1_drain_failure_config = cls(
            disable_uncordon=disable_uncordon,
            uncordon_after_seconds=uncordon_after_seconds,
        )

        scheduledrebalancing_v1_drain_failure_config.additional_properties = d
        return scheduledrebalancing_v1_drain_failure_config

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
