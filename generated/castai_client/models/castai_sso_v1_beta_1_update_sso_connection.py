from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.castai_sso_v1_beta_1_azure_aad import CastaiSsoV1Beta1AzureAAD
    from ..models.castai_sso_v1_beta_1_okta import CastaiSsoV1Beta1Okta
    from ..models.castai_sso_v1_beta_1oidc import CastaiSsoV1Beta1OIDC
    from ..models.castai_sso_v1_beta_1saml import CastaiSsoV1Beta1SAML


T = TypeVar("T", bound="CastaiSsoV1Beta1UpdateSSOConnection")


@_attrs_define
class CastaiSsoV1Beta1UpdateSSOConnection:
    """
    Attributes:
        aad (CastaiSsoV1Beta1AzureAAD | Unset):
        additional_email_domains (list[str] | Unset):
        default_role_id (None | str | Unset):
        email_domain (str | Unset):
        name (str | Unset):
        oidc (CastaiSsoV1Beta1OIDC | Unset):
        okta (CastaiSsoV1Beta1Okta | Unset):
        saml (CastaiSsoV1Beta1SAML | Unset):
    """

    aad: CastaiSsoV1Beta1AzureAAD | Unset = UNSET
    additional_email_domains: list[str] | Unset = UNSET
    default_role_id: None | str | Unset = UNSET
    email_domain: str | Unset = UNSET
    name: str | Unset = UNSET
    oidc: CastaiSsoV1Beta1OIDC | Unset = UNSET
    okta: CastaiSsoV1Beta1Okta | Unset = UNSET
    saml: CastaiSsoV1Beta1SAML | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        aad: dict[str, Any] | Unset = UNSET
        if not isinstance(self.aad, Unset):
            aad = self.aad.to_dict()

        additional_email_domains: list[str] | Unset = UNSET
        if not isinstance(self.additional_email_domains, Unset):
            additional_email_domains = self.additional_email_domains

        default_role_id: None | str | Unset
        if isinstance(self.default_role_id, Unset):
            default_role_id = UNSET
        else:
            default_role_id = self.default_role_id

        email_domain = self.email_domain

        name = self.name

        oidc: dict[str, Any] | Unset = UNSET
        if not isinstance(self.oidc, Unset):
            oidc = self.oidc.to_dict()

        okta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.okta, Unset):
            okta = self.okta.to_dict()

        saml: dict[str, Any] | Unset = UNSET
        if not isinstance(self.saml, Unset):
            saml = self.saml.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if aad is not UNSET:
            field_dict["aad"] = aad
        if additional_email_domains is not UNSET:
            field_dict["additionalEmailDomains"] = additional_email_domains
        if default_role_id is not UNSET:
            field_dict["defaultRoleId"] = default_role_id
        if email_domain is not UNSET:
            field_dict["emailDomain"] = email_domain
        if name is not UNSET:
            field_dict["name"] = name
        if oidc is not UNSET:
            field_dict["oidc"] = oidc
        if okta is not UNSET:
            field_dict["okta"] = okta
        if saml is not UNSET:
            field_dict["saml"] = saml

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.castai_sso_v1_beta_1_azure_aad import CastaiSsoV1Beta1AzureAAD  # noqa: PLC0415
        from ..models.castai_sso_v1_beta_1_okta import CastaiSsoV1Beta1Okta  # noqa: PLC0415
        from ..models.castai_sso_v1_beta_1oidc import CastaiSsoV1Beta1OIDC  # noqa: PLC0415
        from ..models.castai_sso_v1_beta_1saml import CastaiSsoV1Beta1SAML  # noqa: PLC0415

        d = dict(src_dict)
        _aad = d.pop("aad", UNSET)
        aad: CastaiSsoV1Beta1AzureAAD | Unset
        if isinstance(_aad, Unset):
            aad = UNSET
        else:
            aad = CastaiSsoV1Beta1AzureAAD.from_dict(_aad)

        additional_email_domains = cast(
            list[str], d.pop("additionalEmailDomains", UNSET)
        )

        def _parse_default_role_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_role_id = _parse_default_role_id(d.pop("defaultRoleId", UNSET))

        email_domain = d.pop("emailDomain", UNSET)

        name = d.pop("name", UNSET)

        _oidc = d.pop("oidc", UNSET)
        oidc: CastaiSsoV1Beta1OIDC | Unset
        if isinstance(_oidc, Unset):
            oidc = UNSET
        else:
            oidc = CastaiSsoV1Beta1OIDC.from_dict(_oidc)

        _okta = d.pop("okta", UNSET)
        okta: CastaiSsoV1Beta1Okta | Unset
        if isinstance(_okta, Unset):
            okta = UNSET
        else:
            okta = CastaiSsoV1Beta1Okta.from_dict(_okta)

        _saml = d.pop("saml", UNSET)
        saml: CastaiSsoV1Beta1SAML | Unset
        if isinstance(_saml, Unset):
            saml = UNSET
        else:
            saml = CastaiSsoV1Beta1SAML.from_dict(_saml)

        castai_sso_v1_beta_1_update_sso_connection = cls(
            aad=aad,
            additional_email_domains=additional_email_domains,
            default_role_id=default_role_id,
            email_domain=email_domain,
            name=name,
            oidc=oidc,
            okta=okta,
            saml=saml,
        )

        castai_sso_v1_beta_1_update_sso_connection.additional_properties = d
        return castai_sso_v1_beta_1_update_sso_connection

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
