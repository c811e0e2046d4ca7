from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CastaiSsoV1Beta1Okta")


@_attrs_define
class CastaiSsoV1Beta1Okta:
    """
    Attributes:
        client_id (str):
        okta_domain (str):
        client_secret (str | Unset):
    """

    client_id: str
    okta_domain: str
    client_secret: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        okta_domain = self.okta_domain

        client_secret = self.client_secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "clientId": client_id,
                "oktaDomain": okta_domain,
            }
        )
        if client_secret is not UNSET:
            field_dict["clientSecret"] = client_secret

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        client_id = d.pop("clientId")

        okta_domain = d.pop("oktaDomain")

        client_secret = d.pop("clientSecret", UNSET)

        castai_sso_v1_beta_1_okta = cls(
            client_id=client_id,
            okta_domain=okta_domain,
            client_secret=client_secret,
        )

        castai_sso_v1_beta_1_okta.additional_properties = d
        return castai_sso_v1_beta_1_okta

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
