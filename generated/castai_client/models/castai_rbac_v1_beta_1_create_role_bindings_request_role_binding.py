from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.castai_rbac_v1_beta_1_role_binding_definition import (
        CastaiRbacV1Beta1RoleBindingDefinition,
    )


T = TypeVar("T", bound="CastaiRbacV1Beta1CreateRoleBindingsRequestRoleBinding")


@_attrs_define
class CastaiRbacV1Beta1CreateRoleBindingsRequestRoleBinding:
    """
    Attributes:
        definition (CastaiRbacV1Beta1RoleBindingDefinition):
        name (str):
        description (str | Unset):
    """

    definition: CastaiRbacV1Beta1RoleBindingDefinition
    name: str
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        definition = self.definition.to_dict()

        name = self.name

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "definition": definition,
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.castai_rbac_v1_beta_1_role_binding_definition import (
            CastaiRbacV1Beta1RoleBindingDefinition,  # noqa: PLC0415
        )

        d = dict(src_dict)
        definition = CastaiRbacV1Beta1RoleBindingDefinition.from_dict(
            d.pop("definition")
        )

        name = d.pop("name")

        description = d.pop("description", UNSET)

        castai_rbac_v1_beta_1_create_role_bindings_request_role_binding = cls(
            definition=definition,
            name=name,
            description=description,
        )

        castai_rbac_v1_beta_1_create_role_bindings_request_role_binding.additional_properties = d
        return castai_rbac_v1_beta_1_create_role_bindings_request_role_binding

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
