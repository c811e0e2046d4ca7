from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.member_role import MemberRole

if TYPE_CHECKING:
    from ..models.org import Org
    from ..models.subscription_summary import SubscriptionSummary


T = TypeVar("T", bound="OrgMembership")


@_attrs_define
class OrgMembership:
    """One of the current user's memberships, with the organization expanded.

    Attributes:
        created (datetime.datetime):  Example: 2018-09-24T18:23:22.901163Z.
        is_billing_manager (bool):  Example: False.
        is_default (bool): Whether this is the user's default organization. Example: True.
        is_manager (bool):  Example: True.
        is_owner (bool):  Example: True.
        org (Org): An organization, the top-level owner of workspaces, keysets, clusters and teams.
        pk (int): Membership ID. Example: 1.
        role (MemberRole): Role of a user inside an organization. Example: member.
        subscription (SubscriptionSummary): Short view of a subscription, embedded in memberships.
        user (int): User ID. Example: 3.
    """

    created: datetime.datetime
    is_billing_manager: bool
    is_default: bool
    is_manager: bool
    is_owner: bool
    org: Org
    pk: int
    role: MemberRole
    subscription: SubscriptionSummary
    user: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created = self.created.isoformat()

        is_billing_manager = self.is_billing_manager

        is_default = self.is_default

        is_manager = self.is_manager

        is_owner = self.is_owner

        org = self.org.to_dict()

        pk = self.pk

        role = self.role.value

        subscription = self.subscription.to_dict()

        user = self.user

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
        from ..models.org import Org  # noqa: PLC0415
        from ..models.subscription_summary import SubscriptionSummary  # noqa: PLC0415

        d = dict(src_dict)
        created = datetime.datetime.fromisoformat(d.pop("created"))

        is_billing_manager = d.pop("is_billing_manager")

        is_default = d.pop("is_default")

        is_manager = d.pop("is_manager")

        is_owner = d.pop("is_owner")

        org = Org.from_dict(d.pop("org"))

        pk = d.pop("pk")

        role = MemberRole(d.pop("role"))

        subscription = SubscriptionSummary.from_dict(d.pop("subscription"))

        user = d.pop("user")

        org_membership = cls(
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

        org_membership.additional_properties = d
        return org_membership

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
