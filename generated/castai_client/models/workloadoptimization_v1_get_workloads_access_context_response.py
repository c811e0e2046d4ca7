from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkloadoptimizationV1GetWorkloadsAccessContextResponse")


@_attrs_define
class WorkloadoptimizationV1GetWorkloadsAccessContextResponse:
    """
    Attributes:
        is_owner (bool):
        writable_namespaces (list[str] | Unset):
    """

    is_owner: bool
    writable_namespaces: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_owner = self.is_owner

        writable_namespaces: list[str] | Unset = UNSET
        if not isinstance(self.writable_namespaces, Unset):
            writable_namespaces = self.writable_namespaces

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "isOwner": is_owner,
            }
        )
        if writable_namespaces is not UNSET:
            field_dict["writableNamespaces"] = writable_namespaces

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        is_owner = d.pop("isOwner")

        writable_namespaces = cast(list[str], d.pop("writableNamespaces", UNSET))

        workloadoptimization_v1_get_workloads_access_context_response = cls(
            is_owner=is_owner,
            writable_namespaces=writable_namespaces,
        )

        workloadoptimization_v1_get_workloads_access_context_response.additional_properties = d
        return workloadoptimization_v1_get_workloads_access_context_response

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
