from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CastaiAuthtokenV1Beta1AuthToken")


@_attrs_define
class CastaiAuthtokenV1Beta1AuthToken:
    """
    Attributes:
        name (str):
        readonly (bool):
        active (bool | Unset):
        created_at (datetime.datetime | Unset):
        created_by (None | str | Unset):
        expires_at (datetime.datetime | Unset):
        id (str | Unset):
        last_used_at (datetime.datetime | Unset):
        organization_id (str | Unset):
        token (None | str | Unset):
        token_prefix (None | str | Unset):
    """

    name: str
    readonly: bool
    active: bool | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    created_by: None | str | Unset = UNSET
    expires_at: datetime.datetime | Unset = UNSET
    id: str | Unset = UNSET
    last_used_at: datetime.datetime | Unset = UNSET
    organization_id: str | Unset = UNSET
    token: None | str | Unset = UNSET
    token_prefix: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        readonly = self.readonly

        active = self.active

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at.isoformat()

        id = self.id

        last_used_at: str | Unset = UNSET
        if not isinstance(self.last_used_at, Unset):
            last_used_at = self.last_used_at.isoformat()

        organization_id = self.organization_id

        token: None | str | Unset
        if isinstance(self.token, Unset):
            token = UNSET
        else:
            token = self.token

        token_prefix: None | str | Unset
        if isinstance(self.token_prefix, Unset):
            token_prefix = UNSET
        else:
            token_prefix = self.token_prefix

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "readonly": readonly,
            }
        )
        if active is not UNSET:
            field_dict["active"] = active
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if expires_at is not UNSET:
            field_dict["expiresAt"] = expires_at
        if id is not UNSET:
            field_dict["id"] = id
        if last_used_at is not UNSET:
            field_dict["lastUsedAt"] = last_used_at
        if organization_id is not UNSET:
            field_dict["organizationId"] = organization_id
        if token is not UNSET:
            field_dict["token"] = token
        if token_prefix is not UNSET:
            field_dict["tokenPrefix"] = token_prefix

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        readonly = d.pop("readonly")

        active = d.pop("active", UNSET)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        def _parse_created_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_by = _parse_created_by(d.pop("createdBy", UNSET))

        _expires_at = d.pop("expiresAt", UNSET)
        expires_at: datetime.datetime | Unset
        if isinstance(_expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = datetime.datetime.fromisoformat(_expires_at)

        id = d.pop("id", UNSET)

        _last_used_at = d.pop("lastUsedAt", UNSET)
        last_used_at: datetime.datetime | Unset
        if isinstance(_last_used_at, Unset):
            last_used_at = UNSET
        else:
            last_used_at = datetime.datetime.fromisoformat(_last_used_at)

        organization_id = d.pop("organizationId", UNSET)

        def _parse_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        token = _parse_token(d.pop("token", UNSET))

        def _parse_token_prefix(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        token_prefix = _parse_token_prefix(d.pop("tokenPrefix", UNSET))

        castai_authtoken_v1_beta_1_auth_token = cls(
            name=name,
            readonly=readonly,
            active=active,
            created_at=created_at,
            created_by=created_by,
            expires_at=expires_at,
            id=id,
            last_used_at=last_used_at,
            organization_id=organization_id,
            token=token,
            token_prefix=token_prefix,
        )

        castai_authtoken_v1_beta_1_auth_token.additional_properties = d
        return castai_authtoken_v1_beta_1_auth_token

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
