from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.castai_serviceaccounts_v1_beta_1_service_account import (
        CastaiServiceaccountsV1Beta1ServiceAccount,
    )


T = TypeVar("T", bound="CastaiServiceaccountsV1Beta1UpdateServiceAccountResponse")


@_attrs_define
class CastaiServiceaccountsV1Beta1UpdateServiceAccountResponse:
    """
    Attributes:
        service_account (CastaiServiceaccountsV1Beta1ServiceAccount):
    """

    service_account: CastaiServiceaccountsV1Beta1ServiceAccount
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        service_account = self.service_account.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "serviceAccount": service_account,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.castai_serviceaccounts_v1_beta_1_service_account import (
            CastaiServiceaccountsV1Beta1ServiceAccount,  # noqa: PLC0415
        )

        d = dict(src_dict)
        service_account = CastaiServiceaccountsV1Beta1ServiceAccount.from_dict(
            d.pop("serviceAccount")
        )

        castai_serviceaccounts_v1_beta_1_update_service_account_response = cls(
            service_account=service_account,
        )

        castai_serviceaccounts_v1_beta_1_update_service_account_response.additional_properties = d
        return castai_serviceaccounts_v1_beta_1_update_service_account_response

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
