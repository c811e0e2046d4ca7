from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CastaiServiceaccountsV1Beta1ServiceAccountAuthor")


@_attrs_define
class CastaiServiceaccountsV1Beta1ServiceAccountAuthor:
    """
    Attributes:
        email (str | Unset):
        id (str | Unset):
        kind (str | Unset):
    """

    email: str | Unset = UNSET
    id: str | Unset = UNSET
    kind: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        id = self.id

        kind = self.kind

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if id is not UNSET:
            field_dict["id"] = id
        if kind is not UNSET:
            field_dict["kind"] = kind

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email", UNSET)

        id = d.pop("id", UNSET)

        kind = d.pop("kind", UNSET)

        castai_serviceaccounts_v1_beta_1_service_account_author = cls(
            email=email,
            id=id,
            kind=kind,
        )

        castai_serviceaccounts_v1_beta_1_service_account_author.additional_properties = d
        return castai_serviceaccounts_v1_beta_1_service_account_author

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
