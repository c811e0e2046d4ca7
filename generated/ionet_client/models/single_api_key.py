from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SingleApiKey")


@_attrs_define
class SingleApiKey:
    """An API key as stored; the secret is shown only in masked form.

    Attributes:
        created_at (datetime.datetime):  Example: 2025-06-01T08:00:00Z.
        description (None | str):  Example: CI pipeline.
        display (str): Masked form of the key. Example: io-v2-eyJh...Xk9Q.
        expires_at (datetime.datetime):  Example: 2025-12-31T23:59:59Z.
        is_expired (bool):  Example: False.
        key_id (UUID):  Example: 3c9e7a52-1f4b-4d8e-b6a0-7e2c5d9f1a34.
        project (str):  Example: io-cloud.
        scopes (list[str]):  Example: ['all'].
        user_email (str):  Example: dev@example.com.
        user_id (UUID):  Example: 9d0e4b7c-3a2f-4e18-8c65-b1a7f2d3e940.
    """

    created_at: datetime.datetime
    description: None | str
    display: str
    expires_at: datetime.datetime
    is_expired: bool
    key_id: UUID
    project: str
    scopes: list[str]
    user_email: str
    user_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        description: None | str
        description = self.description

        display = self.display

        expires_at = self.expires_at.isoformat()

        is_expired = self.is_expired

        key_id = str(self.key_id)

        project = self.project

        scopes = self.scopes

        user_email = self.user_email

        user_id = str(self.user_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "description": description,
                "display": display,
                "expires_at": expires_at,
                "is_expired": is_expired,
                "key_id": key_id,
                "project": project,
                "scopes": scopes,
                "user_email": user_email,
                "user_id": user_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        display = d.pop("display")

        expires_at = datetime.datetime.fromisoformat(d.pop("expires_at"))

        is_expired = d.pop("is_expired")

        key_id = UUID(d.pop("key_id"))

        project = d.pop("project")

        scopes = cast(list[str], d.pop("scopes"))

        user_email = d.pop("user_email")

        user_id = UUID(d.pop("user_id"))

        single_api_key = cls(
            created_at=created_at,
            description=description,
            display=display,
            expires_at=expires_at,
            is_expired=is_expired,
            key_id=key_id,
            project=project,
            scopes=scopes,
            user_email=user_email,
            user_id=user_id,
        )

        single_api_key.additional_properties = d
        return single_api_key

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
