from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkloadoptimizationV1CrossVersionObjectReference")


@_attrs_define
class WorkloadoptimizationV1CrossVersionObjectReference:
    """
    Attributes:
        api_version (str | Unset):
        kind (str | Unset):
        name (str | Unset):
    """

    api_version: str | Unset = UNSET
    kind: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_version = self.api_version

        kind = self.kind

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if api_version is not UNSET:
            field_dict["apiVersion"] = api_version
        if kind is not UNSET:
            field_dict["kind"] = kind
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        api_version = d.pop("apiVersion", UNSET)

        kind = d.pop("kind", UNSET)

        name = d.pop("name", UNSET)

        workloadoptimization_v1_cross_version_object_reference = cls(
            api_version=api_version,
            kind=kind,
            name=name,
        )

        workloadoptimization_v1_cross_version_object_reference.additional_properties = d
        return workloadoptimization_v1_cross_version_object_reference

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
