from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.keyset import Keyset
    from ..models.org_membership import OrgMembership
    from ..models.subscription_summary import SubscriptionSummary


T = TypeVar("T", bound="UserProfile")


@_attrs_define
class UserProfile:
    """The authenticated user with memberships, keysets and subscription.

    Attributes:
        email (str): Email address. Example: jdoe@example.com.
        first_name (str):  Example: J.
        full_name (str):  Example: J Doe.
        keysets (list[Keyset]): Keysets the user can use.
        last_name (str):  Example: Doe.
        org_memberships (list[OrgMembership]): Organizations the user belongs to.
        pk (int): User ID. Example: 11416.
        username (str): Login name; used in the profile update path. Example: jdoe.
        date_joined (datetime.datetime | Unset):  Example: 2018-09-24T18:23:22.811764Z.
        is_oem_manager (bool | Unset): Whether the user manages an OEM site. Example: False.
        lifetime_cluster_count (int | Unset): Number of clusters the user has ever created. Example: 2.
        subscription (SubscriptionSummary | Unset): Short view of a subscription, embedded in memberships.
    """

    email: str
    first_name: str
    full_name: str
    keysets: list[Keyset]
    last_name: str
    org_memberships: list[OrgMembership]
    pk: int
    username: str
    date_joined: datetime.datetime | Unset = UNSET
    is_oem_manager: bool | Unset = UNSET
    lifetime_cluster_count: int | Unset = UNSET
    subscription: SubscriptionSummary | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        first_name = self.first_name

        full_name = self.full_name

        keysets = []
        for keysets_item_data in self.keysets:
            keysets_item = keysets_item_data.to_dict()
            keysets.append(keysets_item)

        last_name = self.last_name

        org_memberships = []
        for org_memberships_item_data in self.org_memberships:
            org_memberships_item = org_memberships_item_data.to_dict()
            org_memberships.append(org_memberships_item)

        pk = self.pk

        username = self.username

        date_joined: str | Unset = UNSET
        if not isinstance(self.date_joined, Unset):
            date_joined = self.date_joined.isoformat()

        is_oem_manager = self.is_oem_manager

        lifetime_cluster_count = self.lifetime_cluster_count

        subscription: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subscription, Unset):
            subscription = self.subscription.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "first_name": first_name,
                "full_name": full_name,
                "keysets": keysets,
                "last_name": last_name,
                "org_memberships": org_memberships,
                "pk": pk,
                "username": username,
            }
        )
        if date_joined is not UNSET:
            field_dict["date_joined"] = date_joined
        if is_oem_manager is not UNSET:
            field_dict["is_oem_manager"] = is_oem_manager
        if lifetime_cluster_count is not UNSET:
            field_dict["lifetime_cluster_count"] = lifetime_cluster_count
        if subscription is not UNSET:
            field_dict["subscription"] = subscription

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.keyset import Keyset  # noqa: PLC0415
        from ..models.org_membership import OrgMembership  # noqa: PLC0415
        from ..models.subscription_summary import SubscriptionSummary  # noqa: PLC0415

        d = dict(src_dict)
        email = d.pop("email")

        first_name = d.pop("first_name")

        full_name = d.pop("full_name")

        keysets = []
        _keysets = d.pop("keysets")
        for keysets_item_data in _keysets:
            keysets_item = Keyset.from_dict(keysets_item_data)

            keysets.append(keysets_item)

        last_name = d.pop("last_name")

        org_memberships = []
        _org_memberships = d.pop("org_memberships")
        for org_memberships_item_data in _org_memberships:
            org_memberships_item = OrgMembership.from_dict(org_memberships_item_data)

            org_memberships.append(org_memberships_item)

        pk = d.pop("pk")

        username = d.pop("username")

        _date_joined = d.pop("date_joined", UNSET)
        date_joined: datetime.datetime | Unset
        if isinstance(_date_joined, Unset):
            date_joined = UNSET
        else:
            date_joined = datetime.datetime.fromisoformat(_date_joined)

        is_oem_manager = d.pop("is_oem_manager", UNSET)

        lifetime_cluster_count = d.pop("lifetime_cluster_count", UNSET)

        _subscription = d.pop("subscription", UNSET)
        subscription: SubscriptionSummary | Unset
        if isinstance(_subscription, Unset):
            subscription = UNSET
        else:
            subscription = SubscriptionSummary.from_dict(_subscription)

        user_profile = cls(
            email=email,
            first_name=first_name,
            full_name=full_name,
            keysets=keysets,
            last_name=last_name,
            org_memberships=org_memberships,
            pk=pk,
            username=username,
            date_joined=date_joined,
            is_oem_manager=is_oem_manager,
            lifetime_cluster_count=lifetime_cluster_count,
            subscription=subscription,
        )

        user_profile.additional_properties = d
        return user_profile

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
