from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.castai_serviceaccounts_v1_beta_1_create_service_account_key_request_key import (
        CastaiServiceaccountsV1Beta1CreateServiceAccountKeyRequestKey,
    )


T = TypeVar("T", bound="ServiceAccountsAPICreateServiceAccountKeyRequest")


@_attrs_define
class ServiceAccountsAPICreateServiceAccountKeyRequest:
    """
    Attributes:
        key (CastaiServiceaccountsV1Beta1CreateServiceAccountKeyRequestKey):
    """

    key: CastaiServiceaccountsV1Beta1CreateServiceAccountKeyRequestKey
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.castai_serviceaccounts_v1_beta_1_create_service_account_key_request_key import (
            CastaiServiceaccountsV1Beta1CreateServiceAccountKeyRequestKey,  # noqa: PLC0415
        )

        d = dict(src_dict)
        key = CastaiServiceaccountsV1Beta1CreateServiceAccountKeyRequestKey.from_dict(
            d.pop("key")
        )

        service_accounts_api_create_service_account_key_request = cls(
            key=key,
        )

        service_accounts_api_create_service_account_key_request.additional_properties = d
        return service_accounts_api_create_service_account_key_request

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
