from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CurrentUserProfileResponse")


@_attrs_define
class CurrentUserProfileResponse:
    """The current user's profile.

    Attributes:
        email (str | Unset):  Example: jane@example.com.
        first_login (bool | Unset):  Example: False.
        id (str | Unset):  Example: auth0|64f0c1d2e3a4b5c6d7e8f901.
        name (str | Unset):  Example: Jane Doe.
        username (str | Unset):  Example: jane.
    """

    email: str | Unset = UNSET
    first_login: bool | Unset = UNSET
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    username: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        first_login = self.first_login

        id = self.id

        name = self.name

        username = self.username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if first_login is not UNSET:
            field_dict["firstLogin"] = first_login
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if username is not UNSET:
            field_dict["username"] = username

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email", UNSET)

        first_login = d.pop("firstLogin", UNSET)

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        username = d.pop("username", UNSET)

        current_user_profile_response = cls(
            email=email,
            first_login=first_login,
            id=id,
            name=name,
            username=username,
        )

        current_user_profile_response.additional_properties = d
        return current_user_profile_response

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
