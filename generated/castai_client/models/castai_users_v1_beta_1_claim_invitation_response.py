from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.castai_users_v1_beta_1_membership import CastaiUsersV1Beta1Membership


T = TypeVar("T", bound="CastaiUsersV1Beta1ClaimInvitationResponse")


@_attrs_define
class CastaiUsersV1Beta1ClaimInvitationResponse:
    """
    Attributes:
        organization_id (str):
        membership (CastaiUsersV1Beta1Membership | Unset):
    """

    organization_id: str
    membership: CastaiUsersV1Beta1Membership | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        organization_id = self.organization_id

        membership: dict[str, Any] | Unset = UNSET
        if not isinstance(self.membership, Unset):
            membership = self.membership.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "organizationId": organization_id,
            }
        )
        if membership is not UNSET:
            field_dict["membership"] = membership

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.castai_users_v1_beta_1_membership import (
            CastaiUsersV1Beta1Membership,  # noqa: PLC0415
        )

        d = dict(src_dict)
        organization_id = d.pop("organizationId")

        _membership = d.pop("membership", UNSET)
        membership: CastaiUsersV1Beta1Membership | Unset
        if isinstance(_membership, Unset):
            membership = UNSET
        else:
            membership = CastaiUsersV1Beta1Membership.from_dict(_membership)

        castai_users_v1_beta_1_claim_invitation_response = cls(
            organization_id=organization_id,
            membership=membership,
        )

        castai_users_v1_beta_1_claim_invitation_response.additional_properties = d
        return castai_users_v1_beta_1_claim_invitation_response

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
