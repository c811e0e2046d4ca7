from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.castai_sso_v1_beta_1sso_connection_status import (
    CastaiSsoV1Beta1SSOConnectionStatus,
    check_castai_sso_v1_beta_1sso_connection_status,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.castai_sso_v1_beta_1_azure_aad import CastaiSsoV1Beta1AzureAAD
    from ..models.castai_sso_v1_beta_1_okta import CastaiSsoV1Beta1Okta
    from ..models.castai_sso_v1_beta_1oidc import CastaiSsoV1Beta1OIDC
    from ..models.castai_sso_v1_beta_1saml import CastaiSsoV1Beta1SAML


T = TypeVar("T", bound="CastaiSsoV1Beta1SSOConnection")


@_attrs_define
class CastaiSsoV1Beta1SSOConnection:
    """
    Attributes:
        email_domain (str):
        name (str):
        aad (CastaiSsoV1Beta1AzureAAD | Unset):
        additional_email_domains (list[str] | Unset):
        created_at (datetime.datetime | Unset):
        default_role_id (str | Unset):
        error (str | Unset):
        id (str | Unset):
        is_synced (bool | Unset):
        oidc (CastaiSsoV1Beta1OIDC | Unset):
        okta (CastaiSsoV1Beta1Okta | Unset):
        saml (CastaiSsoV1Beta1SAML | Unset):
        status (CastaiSsoV1Beta1SSOConnectionStatus | Unset):
        updated_at (datetime.datetime | Unset):
    """

    email_domain: str
    name: str
    aad: CastaiSsoV1Beta1AzureAAD | Unset = UNSET
    additional_email_domains: list[str] | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    default_role_id: str | Unset = UNSET
    error: str | Unset = UNSET
    id: str | Unset = UNSET
    is_synced: bool | Unset = UNSET
    oidc: CastaiSsoV1Beta1OIDC | Unset = UNSET
    okta: CastaiSsoV1Beta1Okta | Unset = UNSET
    saml: CastaiSsoV1Beta1SAML | Unset = UNSET
    status: CastaiSsoV1Beta1SSOConnectionStatus | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email_domain = self.email_domain

        name = self.name

        aad: dict[str, Any] | Unset = UNSET
        if not isinstance(self.aad, Unset):
            aad = self.aad.to_dict()

        additional_email_domains: list[str] | Unset = UNSET
        if not isinstance(self.additional_email_domains, Unset):
            additional_email_domains = self.additional_email_domains

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        default_role_id = self.default_role_id

        error = self.error

        id = self.id

        is_synced = self.is_synced

        oidc: dict[str, Any] | Unset = UNSET
        if not isinstance(self.oidc, Unset):
            oidc = self.oidc.to_dict()

        okta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.okta, Unset):
            okta = self.okta.to_dict()

        saml: dict[str, Any] | Unset = UNSET
        if not isinstance(self.saml, Unset):
            saml = self.saml.to_dict()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "emailDomain": email_domain,
                "name": name,
            }
        )
        if aad is not UNSET:
            field_dict["aad"] = aad
        if additional_email_domains is not UNSET:
            field_dict["additionalEmailDomains"] = additional_email_domains
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if default_role_id is not UNSET:
            field_dict["defaultRoleId"] = default_role_id
        if error is not UNSET:
            field_dict["error"] = error
        if id is not UNSET:
            field_dict["id"] = id
        if is_synced is not UNSET:
            field_dict["isSynced"] = is_synced
        if oidc is not UNSET:
            field_dict["oidc"] = oidc
        if okta is not UNSET:
            field_dict["okta"] = okta
        if saml is not UNSET:
            field_dict["saml"] = saml
        if status is not UNSET:
            field_dict["status"] = status
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.castai_sso_v1_beta_1_azure_aad import CastaiSsoV1Beta1AzureAAD  # noqa: PLC0415
        from ..models.castai_sso_v1_beta_1_okta import CastaiSsoV1Beta1Okta  # noqa: PLC0415
        from ..models.castai_sso_v1_beta_1oidc import CastaiSsoV1Beta1OIDC  # noqa: PLC0415
        from ..models.castai_sso_v1_beta_1saml import CastaiSsoV1Beta1SAML  # noqa: PLC0415

        d = dict(src_dict)
        email_domain = d.pop("emailDomain")

        name = d.pop("name")

        _aad = d.pop("aad", UNSET)
        aad: CastaiSsoV1Beta1AzureAAD | Unset
        if isinstance(_aad, Unset):
            aad = UNSET
        else:
            aad = CastaiSsoV1Beta1AzureAAD.from_dict(_aad)

        additional_email_domains = cast(
            list[str], d.pop("additionalEmailDomains", UNSET)
        )

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        default_role_id = d.pop("defaultRoleId", UNSET)

        error = d.pop("error", UNSET)

        id = d.pop("id", UNSET)

        is_synced = d.pop("isSynced", UNSET)

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

        _status = d.pop("status", UNSET)
        status: CastaiSsoV1Beta1SSOConnectionStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_castai_sso_v1_beta_1sso_connection_status(_status)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        castai_sso_v1_beta_1sso_connection = cls(
            email_domain=email_domain,
            name=name,
            aad=aad,
            additional_email_domains=additional_email_domains,
            created_at=created_at,
            default_role_id=default_role_id,
            error=error,
            id=id,
            is_synced=is_synced,
            oidc=oidc,
            okta=okta,
            saml=saml,
            status=status,
            updated_at=updated_at,
        )

        castai_sso_v1_beta_1sso_connection.additional_properties = d
        return castai_sso_v1_beta_1sso_connection

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
