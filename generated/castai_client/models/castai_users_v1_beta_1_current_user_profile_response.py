from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CastaiUsersV1Beta1CurrentUserProfileResponse")


@_attrs_define
class CastaiUsersV1Beta1CurrentUserProfileResponse:
    """
    Attributes:
        email (str | Unset):
        email_hash (str | Unset):
        fingerprint (None | str | Unset):
        first_login (bool | Unset):
        has_hubspot_contact (bool | Unset):
        id (str | Unset):
        name (str | Unset):
        readme_io_jwt (str | Unset):
        username (str | Unset):
    """

    email: str | Unset = UNSET
    email_hash: str | Unset = UNSET
    fingerprint: None | str | Unset = UNSET
    first_login: bool | Unset = UNSET
    has_hubspot_contact: bool | Unset = UNSET
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    readme_io_jwt: str | Unset = UNSET
    username: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        email_hash = self.email_hash

        fingerprint: None | str | Unset
        if isinstance(self.fingerprint, Unset):
            fingerprint = UNSET
        else:
            fingerprint = self.fingerprint

        first_login = self.first_login

        has_hubspot_contact = self.has_hubspot_contact

        id = self.id

        name = self.name

        readme_io_jwt = self.readme_io_jwt

        username = self.username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if email_hash is not UNSET:
            field_dict["emailHash"] = email_hash
        if fingerprint is not UNSET:
            field_dict["fingerprint"] = fingerprint
        if first_login is not UNSET:
            field_dict["firstLogin"] = first_login
        if has_hubspot_contact is not UNSET:
            field_dict["hasHubspotContact"] = has_hubspot_contact
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if readme_io_jwt is not UNSET:
            field_dict["readmeIoJwt"] = readme_io_jwt
        if username is not UNSET:
            field_dict["username"] = username

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email", UNSET)

        email_hash = d.pop("emailHash", UNSET)

        def _parse_fingerprint(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fingerprint = _parse_fingerprint(d.pop("fingerprint", UNSET))

        first_login = d.pop("firstLogin", UNSET)

        has_hubspot_contact = d.pop("hasHubspotContact", UNSET)

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        readme_io_jwt = d.pop("readmeIoJwt", UNSET)

        username = d.pop("username", UNSET)

        castai_users_v1_beta_1_current_user_profile_response = cls(
            email=email,
            email_hash=email_hash,
            fingerprint=fingerprint,
            first_login=first_login,
            has_hubspot_contact=has_hubspot_contact,
            id=id,
            name=name,
            readme_io_jwt=readme_io_jwt,
            username=username,
        )

        castai_users_v1_beta_1_current_user_profile_response.additional_properties = d
        return castai_users_v1_beta_1_current_user_profile_response

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
