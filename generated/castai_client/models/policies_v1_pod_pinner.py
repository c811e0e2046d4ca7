from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.policies_v1_pod_pinner_status import (
    PoliciesV1PodPinnerStatus,
    check_policies_v1_pod_pinner_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PoliciesV1PodPinner")


@_attrs_define
class PoliciesV1PodPinner:
    """
    Attributes:
        enabled (bool | None | Unset):
        status (PoliciesV1PodPinnerStatus | Unset):
    """

    enabled: bool | None | Unset = UNSET
    status: PoliciesV1PodPinnerStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enabled = _parse_enabled(d.pop("enabled", UNSET))

        _status = d.pop("status", UNSET)
        status: PoliciesV1PodPinnerStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_policies_v1_pod_pinner_status(_status)

        policies_v1_pod_pinner = cls(
            enabled=enabled,
            status=status,
        )

        policies_v1_pod_pinner.additional_properties = d
        return policies_v1_pod_pinner

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
