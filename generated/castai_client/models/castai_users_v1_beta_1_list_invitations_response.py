from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.castai_users_v1_beta_1_pending_invitation import (
        CastaiUsersV1Beta1PendingInvitation,
    )


T = TypeVar("T", bound="CastaiUsersV1Beta1ListInvitationsResponse")


@_attrs_define
class CastaiUsersV1Beta1ListInvitationsResponse:
    """
    Attributes:
        invitations (list[CastaiUsersV1Beta1PendingInvitation]):
        next_cursor (str):
    """

    invitations: list[CastaiUsersV1Beta1PendingInvitation]
    next_cursor: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        invitations = []
        for invitations_item_data in self.invitations:
            invitations_item = invitations_item_data.to_dict()
            invitations.append(invitations_item)

        next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "invitations": invitations,
                "nextCursor": next_cursor,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.castai_users_v1_beta_1_pending_invitation import (
            CastaiUsersV1Beta1PendingInvitation,  # noqa: PLC0415
        )

        d = dict(src_dict)
        invitations = []
        _invitations = d.pop("invitations")
        for invitations_item_data in _invitations:
            invitations_item = CastaiUsersV1Beta1PendingInvitation.from_dict(
                invitations_item_data
            )

            invitations.append(invitations_item)

        next_cursor = d.pop("nextCursor")

        castai_users_v1_beta_1_list_invitations_response = cls(
            invitations=invitations,
            next_cursor=next_cursor,
        )

        castai_users_v1_beta_1_list_invitations_response.additional_properties = d
        return castai_users_v1_beta_1_list_invitations_response

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
