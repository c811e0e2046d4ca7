from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.castai_sso_v1_beta_1oidc_type import (
    CastaiSsoV1Beta1OIDCType,
    check_castai_sso_v1_beta_1oidc_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CastaiSsoV1Beta1OIDC")


@_attrs_define
class CastaiSsoV1Beta1OIDC:
    """
    Attributes:
        client_id (str):
        issuer_url (str):
        type_ (CastaiSsoV1Beta1OIDCType):
        client_secret (None | str | Unset):
    """

    client_id: str
    issuer_url: str
    type_: CastaiSsoV1Beta1OIDCType
    client_secret: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        issuer_url = self.issuer_url

        type_: str = self.type_

        client_secret: None | str | Unset
        if isinstance(self.client_secret, Unset):
            client_secret = UNSET
        else:
            client_secret = self.client_secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "clientId": client_id,
                "issuerUrl": issuer_url,
                "type": type_,
            }
        )
        if client_secret is not UNSET:
            field_dict["clientSecret"] = client_secret

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        client_id = d.pop("clientId")

        issuer_url = d.pop("issuerUrl")

        type_ = check_castai_sso_v1_beta_1oidc_type(d.pop("type"))

        def _parse_client_secret(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_secret = _parse_client_secret(d.pop("clientSecret", UNSET))

        castai_sso_v1_beta_1oidc = cls(
            client_id=client_id,
            issuer_url=issuer_url,
            type_=type_,
            client_secret=client_secret,
        )

        castai_sso_v1_beta_1oidc.additional_properties = d
        return castai_sso_v1_beta_1oidc

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
