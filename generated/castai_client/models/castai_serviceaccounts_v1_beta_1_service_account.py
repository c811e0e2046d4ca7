from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.castai_serviceaccounts_v1_beta_1_service_account_author import (
        CastaiServiceaccountsV1Beta1ServiceAccountAuthor,
    )
    from ..models.castai_serviceaccounts_v1_beta_1_service_account_key import (
        CastaiServiceaccountsV1Beta1ServiceAccountKey,
    )


T = TypeVar("T", bound="CastaiServiceaccountsV1Beta1ServiceAccount")


@_attrs_define
class CastaiServiceaccountsV1Beta1ServiceAccount:
    """
    Attributes:
        author (CastaiServiceaccountsV1Beta1ServiceAccountAuthor | Unset):
        created_at (datetime.datetime | Unset):
        description (str | Unset):
        email (str | Unset):
        id (str | Unset):
        keys (list[CastaiServiceaccountsV1Beta1ServiceAccountKey] | Unset):
        keys_count (int | Unset):
        managed_by (str | Unset):
        name (str | Unset):
        organization_id (str | Unset):
    """

    author: CastaiServiceaccountsV1Beta1ServiceAccountAuthor | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    description: str | Unset = UNSET
    email: str | Unset = UNSET
    id: str | Unset = UNSET
    keys: list[CastaiServiceaccountsV1Beta1ServiceAccountKey] | Unset = UNSET
    keys_count: int | Unset = UNSET
    managed_by: str | Unset = UNSET
    name: str | Unset = UNSET
    organization_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        author: dict[str, Any] | Unset = UNSET
        if not isinstance(self.author, Unset):
            author = self.author.to_dict()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        description = self.description

        email = self.email

        id = self.id

        keys: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.keys, Unset):
            keys = []
            for keys_item_data in self.keys:
                keys_item = keys_item_data.to_dict()
                keys.append(keys_item)

        keys_count = self.keys_count

        managed_by = self.managed_by

        name = self.name

        organization_id = self.organization_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if author is not UNSET:
            field_dict["author"] = author
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if description is not UNSET:
            field_dict["description"] = description
        if email is not UNSET:
            field_dict["email"] = email
        if id is not UNSET:
            field_dict["id"] = id
        if keys is not UNSET:
            field_dict["keys"] = keys
        if keys_count is not UNSET:
            field_dict["keysCount"] = keys_count
        if managed_by is not UNSET:
            field_dict["managedBy"] = managed_by
        if name is not UNSET:
            field_dict["name"] = name
        if organization_id is not UNSET:
            field_dict["organizationId"] = organization_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.castai_serviceaccounts_v1_beta_1_service_account_author import (
            CastaiServiceaccountsV1Beta1ServiceAccountAuthor,  # noqa: PLC0415
        )
        from ..models.castai_serviceaccounts_v1_beta_1_service_account_key import (
            CastaiServiceaccountsV1Beta1ServiceAccountKey,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _author = d.pop("author", UNSET)
        author: CastaiServiceaccountsV1Beta1ServiceAccountAuthor | Unset
        if isinstance(_author, Unset):
            author = UNSET
        else:
            author = CastaiServiceaccountsV1Beta1ServiceAccountAuthor.from_dict(_author)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        description = d.pop("description", UNSET)

        email = d.pop("email", UNSET)

        id = d.pop("id", UNSET)

        _keys = d.pop("keys", UNSET)
        keys: list[CastaiServiceaccountsV1Beta1ServiceAccountKey] | Unset = UNSET
        if _keys is not UNSET:
            keys = []
            for keys_item_data in _keys:
                keys_item = CastaiServiceaccountsV1Beta1ServiceAccountKey.from_dict(
                    keys_item_data
                )

                keys.append(keys_item)

        keys_count = d.pop("keysCount", UNSET)

        managed_by = d.pop("managedBy", UNSET)

        name = d.pop("name", UNSET)

        organization_id = d.pop("organizationId", UNSET)

        castai_serviceaccounts_v1_beta_1_service_account = cls(
            author=author,
            created_at=created_at,
            description=description,
            email=email,
            id=id,
            keys=keys,
            keys_count=keys_count,
            managed_by=managed_by,
            name=name,
            organization_id=organization_id,
        )

        castai_serviceaccounts_v1_beta_1_service_account.additional_properties = d
        return castai_serviceaccounts_v1_beta_1_service_account

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
