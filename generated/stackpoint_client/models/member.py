from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.member_role import MemberRole

if TYPE_CHECKING:
    from ..models.subscription_summary import SubscriptionSummary
    from ..models.user_summary import UserSummary


T = TypeVar("T", bound="Member")


@_attrs_define
class Member:
    """A user's membership of an organization.

    Attributes:
        created (datetime.datetime): When the user joined the organization. Example: 2019-02-12T20:11:53.463232Z.
        is_billing_manager (bool): Whether the member handles billing for the (OEM) organization. Example: False.
        is_default (bool): Whether this organization is the member's default one. Example: False.
        is_manager (bool): Whether the member manages the (OEM) organization. Example: True.
        is_owner (bool): Whether the member owns the organization. Example: True.
        org (int): Organization ID. Example: 381.
        pk (int): Member (membership) ID. Example: 3.
        role (MemberRole): Role of a user inside an organization. Example: member.
        subscription (SubscriptionSummary): Short view of a subscription, embedded in memberships.
        user (UserSummary): Public profile of a user, as embedded in members and team memberships.
    """

    created: datetime.datetime
    is_billing_manager: bool
    is_default: bool
    is_manager: bool
    is_owner: bool
    org: int
    pk: int
    role: MemberRole
    subscription: SubscriptionSummary
    user: UserSummary
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created = self.created.isoformat()

        is_billing_manager = self.is_billing_manager

        is_default = self.is_default

        is_manager = self.is_manager

        is_owner = self.is_owner

        org = self.org

        pk = self.pk

        role = self.role.value

        subscription = self.subscription.to_dict()

        user = self.user.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created": created,
                "is_billing_manager": is_billing_manager,
                "is_default": is_default,
                "is_manager": is_manager,
                "is_owner": is_owner,
                "org": org,
                "pk": pk,
                "role": role,
                "subscription": subscription,
                "user": user,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.subscription_summary import SubscriptionSummary  # noqa: PLC0415
        from ..models.user_summary import UserSummary  # noqa: PLC0415

        d = dict(src_dict)
        created = datetime.datetime.fromisoformat(d.pop("created"))

        is_billing_manager = d.pop("is_billing_manager")

        is_default = d.pop("is_default")

        is_manager = d.pop("is_manager")

        is_owner = d.pop("is_owner")

        org = d.pop("org")

        pk = d.pop("pk")

        role = MemberRole(d.pop("role"))

        subscription = SubscriptionSummary.from_dict(d.pop("subscription"))

        user = UserSummary.from_dict(d.pop("user"))

        member = cls(
            created=created,
            is_billing_manager=is_billing_manager,
            is_default=is_default,
            is_manager=is_manager,
            is_owner=is_owner,
            org=org,
            pk=pk,
            role=role,
            subscription=subscription,
            user=user,
        )

        member.additional_properties = d
        return member

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
