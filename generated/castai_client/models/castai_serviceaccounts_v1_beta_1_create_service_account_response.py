from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.castai_serviceaccounts_v1_beta_1_create_service_account_response_author import (
        CastaiServiceaccountsV1Beta1CreateServiceAccountResponseAuthor,
    )


T = TypeVar("T", bound="CastaiServiceaccountsV1Beta1CreateServiceAccountResponse")


@_attrs_define
class CastaiServiceaccountsV1Beta1CreateServiceAccountResponse:
    """
    Attributes:
        author (CastaiServiceaccountsV1Beta1CreateServiceAccountResponseAuthor | Unset):
        created_at (datetime.datetime | Unset):
        description (str | Unset):
        email (str | Unset):
        id (str | Unset):
        name (str | Unset):
    """

    author: CastaiServiceaccountsV1Beta1CreateServiceAccountResponseAuthor | Unset = (
        UNSET
    )
    created_at: datetime.datetime | Unset = UNSET
    description: str | Unset = UNSET
    email: str | Unset = UNSET
    id: str | Unset = UNSET
    name: str | Unset = UNSET
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

        name = self.name

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
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.castai_serviceaccounts_v1_beta_1_create_service_account_response_author import (
            CastaiServiceaccountsV1Beta1CreateServiceAccountResponseAuthor,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _author = d.pop("author", UNSET)
        author: CastaiServiceaccountsV1Beta1CreateServiceAccountResponseAuthor | Unset
        if isinstance(_author, Unset):
            author = UNSET
        else:
            author = CastaiServiceaccountsV1Beta1CreateServiceAccountResponseAuthor.from_dict(
                _author
            )

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        description = d.pop("description", UNSET)

        email = d.pop("email", UNSET)

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        castai_serviceaccounts_v1_beta_1_create_service_account_response = cls(
            author=author,
            created_at=created_at,
            description=description,
            email=email,
            id=id,
            name=name,
        )

        castai_serviceaccounts_v1_beta_1_create_service_account_response.additional_properties = d
        return castai_serviceaccounts_v1_beta_1_create_service_account_response

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
