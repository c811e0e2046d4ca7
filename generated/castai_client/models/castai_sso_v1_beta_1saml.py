from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CastaiSsoV1Beta1SAML")


@_attrs_define
class CastaiSsoV1Beta1SAML:
    """
    Attributes:
        sign_in_url (str):
        x_509_certificate (str):
        callback_url (None | str | Unset):
        entity_id (None | str | Unset):
        metadata_url (None | str | Unset):
    """

    sign_in_url: str
    x_509_certificate: str
    callback_url: None | str | Unset = UNSET
    entity_id: None | str | Unset = UNSET
    metadata_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sign_in_url = self.sign_in_url

        x_509_certificate = self.x_509_certificate

        callback_url: None | str | Unset
        if isinstance(self.callback_url, Unset):
            callback_url = UNSET
        else:
            callback_url = self.callback_url

        entity_id: None | str | Unset
        if isinstance(self.entity_id, Unset):
            entity_id = UNSET
        else:
            entity_id = self.entity_id

        metadata_url: None | str | Unset
        if isinstance(self.metadata_url, Unset):
            metadata_url = UNSET
        else:
            metadata_url = self.metadata_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "signInUrl": sign_in_url,
                "x509Certificate": x_509_certificate,
            }
        )
        if callback_url is not UNSET:
            field_dict["callbackUrl"] = callback_url
        if entity_id is not UNSET:
            field_dict["entityId"] = entity_id
        if metadata_url is not UNSET:
            field_dict["metadataUrl"] = metadata_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sign_in_url = d.pop("signInUrl")

        x_509_certificate = d.pop("x509Certificate")

        def _parse_callback_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        callback_url = _parse_callback_url(d.pop("callbackUrl", UNSET))

        def _parse_entity_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        entity_id = _parse_entity_id(d.pop("entityId", UNSET))

        def _parse_metadata_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        metadata_url = _parse_metadata_url(d.pop("metadataUrl", UNSET))

        castai_sso_v1_beta_1saml = cls(
            sign_in_url=sign_in_url,
            x_509_certificate=x_509_certificate,
            callback_url=callback_url,
            entity_id=entity_id,
            metadata_url=metadata_url,
        )

        castai_sso_v1_beta_1saml.additional_properties = d
        return castai_sso_v1_beta_1saml

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
