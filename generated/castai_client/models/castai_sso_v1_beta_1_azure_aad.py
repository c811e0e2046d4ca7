from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CastaiSsoV1Beta1AzureAAD")


@_attrs_define
class CastaiSsoV1Beta1AzureAAD:
    """
    Attributes:
        ad_domain (str):
        client_id (str):
        client_secret (str | Unset):
    """

    ad_domain: str
    client_id: str
    client_secret: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ad_domain = self.ad_domain

        client_id = self.client_id

        client_secret = self.client_secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "adDomain": ad_domain,
                "clientId": client_id,
            }
        )
        if client_secret is not UNSET:
            field_dict["clientSecret"] = client_secret

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ad_domain = d.pop("adDomain")

        client_id = d.pop("clientId")

        client_secret = d.pop("clientSecret", UNSET)

        castai_sso_v1_beta_1_azure_aad = cls(
            ad_domain=ad_domain,
            client_id=client_id,
            client_secret=client_secret,
        )

        castai_sso_v1_beta_1_azure_aad.additional_properties = d
        return castai_sso_v1_beta_1_azure_aad

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
