from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.runtime_v1_close_reason import (
    RuntimeV1CloseReason,
    check_runtime_v1_close_reason,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RuntimeV1CloseAnomaliesRequest")


@_attrs_define
class RuntimeV1CloseAnomaliesRequest:
    """
    Attributes:
        ids (list[str] | Unset):
        reason (RuntimeV1CloseReason | Unset):
        reason_description (str | Unset):
    """

    ids: list[str] | Unset = UNSET
    reason: RuntimeV1CloseReason | Unset = UNSET
    reason_description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ids: list[str] | Unset = UNSET
        if not isinstance(self.ids, Unset):
            ids = self.ids

        reason: str | Unset = UNSET
        if not isinstance(self.reason, Unset):
            reason = self.reason

        reason_description = self.reason_description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ids is not UNSET:
            field_dict["ids"] = ids
        if reason is not UNSET:
            field_dict["reason"] = reason
        if reason_description is not UNSET:
            field_dict["reasonDescription"] = reason_description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ids = cast(list[str], d.pop("ids", UNSET))

        _reason = d.pop("reason", UNSET)
        reason: RuntimeV1CloseReason | Unset
        if isinstance(_reason, Unset):
            reason = UNSET
        else:
            reason = check_runtime_v1_close_reason(_reason)

        reason_description = d.pop("reasonDescription", UNSET)

        runtime_v1_close_anomalies_request = cls(
            ids=ids,
            reason=reason,
            reason_description=reason_description,
        )

        runtime_v1_close_anomalies_request.additional_properties = d
        return runtime_v1_close_anomalies_request

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
