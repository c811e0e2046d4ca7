from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CastaiUsersV1Beta1User")


@_attrs_define
class CastaiUsersV1Beta1User:
    """
    Attributes:
        email (str):
        name (str):
        username (str):
        auth_provider (None | str | Unset):
        has_hubspot_contact (bool | Unset):
        id (str | Unset):
        oid (None | str | Unset):
        refer_id (int | None | Unset):
        refer_visit (int | None | Unset):
        scim_active (bool | None | Unset):
    """

    email: str
    name: str
    username: str
    auth_provider: None | str | Unset = UNSET
    has_hubspot_contact: bool | Unset = UNSET
    id: str | Unset = UNSET
    oid: None | str | Unset = UNSET
    refer_id: int | None | Unset = UNSET
    refer_visit: int | None | Unset = UNSET
    scim_active: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        name = self.name

        username = self.username

        auth_provider: None | str | Unset
        if isinstance(self.auth_provider, Unset):
            auth_provider = UNSET
        else:
            auth_provider = self.auth_provider

        has_hubspot_contact = self.has_hubspot_contact

        id = self.id

        oid: None | str | Unset
        if isinstance(self.oid, Unset):
            oid = UNSET
        else:
            oid = self.oid

        refer_id: int | None | Unset
        if isinstance(self.refer_id, Unset):
            refer_id = UNSET
        else:
            refer_id = self.refer_id

        refer_visit: int | None | Unset
        if isinstance(self.refer_visit, Unset):
            refer_visit = UNSET
        else:
            refer_visit = self.refer_visit

        scim_active: bool | None | Unset
        if isinstance(self.scim_active, Unset):
            scim_active = UNSET
        else:
            scim_active = self.scim_active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "name": name,
                "username": username,
            }
        )
        if auth_provider is not UNSET:
            field_dict["authProvider"] = auth_provider
        if has_hubspot_contact is not UNSET:
            field_dict["hasHubspotContact"] = has_hubspot_contact
        if id is not UNSET:
            field_dict["id"] = id
        if oid is not UNSET:
            field_dict["oid"] = oid
        if refer_id is not UNSET:
            field_dict["referId"] = refer_id
        if refer_visit is not UNSET:
            field_dict["referVisit"] = refer_visit
        if scim_active is not UNSET:
            field_dict["scimActive"] = scim_active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email")

        name = d.pop("name")

        username = d.pop("username")

        def _parse_auth_provider(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        auth_provider = _parse_auth_provider(d.pop("authProvider", UNSET))

        has_hubspot_contact = d.pop("hasHubspotContact", UNSET)

        id = d.pop("id", UNSET)

        def _parse_oid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        oid = _parse_oid(d.pop("oid", UNSET))

        def _parse_refer_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        refer_id = _parse_refer_id(d.pop("referId", UNSET))

        def _parse_refer_visit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        refer_visit = _parse_refer_visit(d.pop("referVisit", UNSET))

        def _parse_scim_active(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        scim_active = _parse_scim_active(d.pop("scimActive", UNSET))

        castai_users_v1_beta_1_user = cls(
            email=email,
            name=name,
            username=username,
            auth_provider=auth_provider,
            has_hubspot_contact=has_hubspot_contact,
            id=id,
            oid=oid,
            refer_id=refer_id,
            refer_visit=refer_visit,
            scim_active=scim_active,
        )

        castai_users_v1_beta_1_user.additional_properties = d
        return castai_users_v1_beta_1_user

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
