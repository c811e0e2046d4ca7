from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UserSummary")


@_attrs_define
class UserSummary:
    """Public profile of a user, as embedded in members and team memberships.

    Attributes:
        date_joined (datetime.datetime): When the account was registered. Example: 2019-02-01T18:01:29.685916Z.
        email (str): Email address. Example: jdoe@example.com.
        first_name (str): Given name. Example: Jordan.
        full_name (str): Display name. Example: Jordan Doe.
        last_name (str): Family name. Example: Doe.
        pk (int): User ID. Example: 3.
        username (str): Login name. Example: jdoe.
    """

    date_joined: datetime.datetime
    email: str
    first_name: str
    full_name: str
    last_name: str
    pk: int
    username: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date_joined = self.date_joined.isoformat()

        email = self.email

        first_name = self.first_name

        full_name = self.full_name

        last_name = self.last_name

        pk = self.pk

        username = self.username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "date_joined": date_joined,
                "email": email,
                "first_name": first_name,
                "full_name": full_name,
                "last_name": last_name,
                "pk": pk,
                "username": username,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        date_joined = datetime.datetime.fromisoformat(d.pop("date_joined"))

        email = d.pop("email")

        first_name = d.pop("first_name")

        full_name = d.pop("full_name")

        last_name = d.pop("last_name")

        pk = d.pop("pk")

        username = d.pop("username")

        user_summary = cls(
            date_joined=date_joined,
            email=email,
            first_name=first_name,
            full_name=full_name,
            last_name=last_name,
            pk=pk,
            username=username,
        )

        user_summary.additional_properties = d
        return user_summary

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
