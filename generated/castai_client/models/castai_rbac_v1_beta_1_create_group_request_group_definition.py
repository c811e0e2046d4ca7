from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.castai_rbac_v1_beta_1_member import CastaiRbacV1Beta1Member


T = TypeVar("T", bound="CastaiRbacV1Beta1CreateGroupRequestGroupDefinition")


@_attrs_define
class CastaiRbacV1Beta1CreateGroupRequestGroupDefinition:
    """
    Attributes:
        members (list[CastaiRbacV1Beta1Member] | Unset):
    """

    members: list[CastaiRbacV1Beta1Member] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        members: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.members, Unset):
            members = []
            for members_item_data in self.members:
                members_item = members_item_data.to_dict()
                members.append(members_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if members is not UNSET:
            field_dict["members"] = members

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.castai_rbac_v1_beta_1_member import CastaiRbacV1Beta1Member  # noqa: PLC0415

        d = dict(src_dict)
        _members = d.pop("members", UNSET)
        members: list[CastaiRbacV1Beta1Member] | Unset = UNSET
        if _members is not UNSET:
            members = []
            for members_item_data in _members:
                members_item = CastaiRbacV1Beta1Member.from_dict(members_item_data)

                members.append(members_item)

        castai_rbac_v1_beta_1_create_group_request_group_definition = cls(
            members=members,
        )

        castai_rbac_v1_beta_1_create_group_request_group_definition.additional_properties = d
        return castai_rbac_v1_beta_1_create_group_request_group_definition

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
