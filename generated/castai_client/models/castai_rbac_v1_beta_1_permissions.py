from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.castai_rbac_v1_beta_1_effects import (
    CastaiRbacV1Beta1Effects,
    check_castai_rbac_v1_beta_1_effects,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CastaiRbacV1Beta1Permissions")


@_attrs_define
class CastaiRbacV1Beta1Permissions:
    """
    Attributes:
        effect (CastaiRbacV1Beta1Effects):
        endpoints (list[str] | Unset):
        groups (list[str] | Unset):
    """

    effect: CastaiRbacV1Beta1Effects
    endpoints: list[str] | Unset = UNSET
    groups: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        effect: str = self.effect

        endpoints: list[str] | Unset = UNSET
        if not isinstance(self.endpoints, Unset):
            endpoints = self.endpoints

        groups: list[str] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = self.groups

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "effect": effect,
            }
        )
        if endpoints is not UNSET:
            field_dict["endpoints"] = endpoints
        if groups is not UNSET:
            field_dict["groups"] = groups

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        effect = check_castai_rbac_v1_beta_1_effects(d.pop("effect"))

        endpoints = cast(list[str], d.pop("endpoints", UNSET))

        groups = cast(list[str], d.pop("groups", UNSET))

        castai_rbac_v1_beta_1_permissions = cls(
            effect=effect,
            endpoints=endpoints,
            groups=groups,
        )

        castai_rbac_v1_beta_1_permissions.additional_properties = d
        return castai_rbac_v1_beta_1_permissions

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
