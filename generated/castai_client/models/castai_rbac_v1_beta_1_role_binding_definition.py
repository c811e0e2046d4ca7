from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.castai_rbac_v1_beta_1_scope import CastaiRbacV1Beta1Scope
    from ..models.castai_rbac_v1_beta_1_subject import CastaiRbacV1Beta1Subject


T = TypeVar("T", bound="CastaiRbacV1Beta1RoleBindingDefinition")


@_attrs_define
class CastaiRbacV1Beta1RoleBindingDefinition:
    """
    Attributes:
        role_id (str):
        child_organization_id (str | Unset):
        scopes (list[CastaiRbacV1Beta1Scope] | Unset):
        subjects (list[CastaiRbacV1Beta1Subject] | Unset):
    """

    role_id: str
    child_organization_id: str | Unset = UNSET
    scopes: list[CastaiRbacV1Beta1Scope] | Unset = UNSET
    subjects: list[CastaiRbacV1Beta1Subject] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role_id = self.role_id

        child_organization_id = self.child_organization_id

        scopes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.scopes, Unset):
            scopes = []
            for scopes_item_data in self.scopes:
                scopes_item = scopes_item_data.to_dict()
                scopes.append(scopes_item)

        subjects: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.subjects, Unset):
            subjects = []
            for subjects_item_data in self.subjects:
                subjects_item = subjects_item_data.to_dict()
                subjects.append(subjects_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "roleId": role_id,
            }
        )
        if child_organization_id is not UNSET:
            field_dict["childOrganizationId"] = child_organization_id
        if scopes is not UNSET:
            field_dict["scopes"] = scopes
        if subjects is not UNSET:
            field_dict["subjects"] = subjects

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.castai_rbac_v1_beta_1_scope import CastaiRbacV1Beta1Scope  # noqa: PLC0415
        from ..models.castai_rbac_v1_beta_1_subject import CastaiRbacV1Beta1Subject  # noqa: PLC0415

        d = dict(src_dict)
        role_id = d.pop("roleId")

        child_organization_id = d.pop("childOrganizationId", UNSET)

        _scopes = d.pop("scopes", UNSET)
        scopes: list[CastaiRbacV1Beta1Scope] | Unset = UNSET
        if _scopes is not UNSET:
            scopes = []
            for scopes_item_data in _scopes:
                scopes_item = CastaiRbacV1Beta1Scope.from_dict(scopes_item_data)

                scopes.append(scopes_item)

        _subjects = d.pop("subjects", UNSET)
        subjects: list[CastaiRbacV1Beta1Subject] | Unset = UNSET
        if _subjects is not UNSET:
            subjects = []
            for subjects_item_data in _subjects:
                subjects_item = CastaiRbacV1Beta1Subject.from_dict(subjects_item_data)

                subjects.append(subjects_item)

        castai_rbac_v1_beta_1_role_binding_definition = cls(
            role_id=role_id,
            child_organization_id=child_organization_id,
            scopes=scopes,
            subjects=subjects,
        )

        castai_rbac_v1_beta_1_role_binding_definition.additional_properties = d
        return castai_rbac_v1_beta_1_role_binding_definition

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
