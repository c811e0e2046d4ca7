from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.castai_serviceaccounts_v1_beta_1_service_account_key import (
        CastaiServiceaccountsV1Beta1ServiceAccountKey,
    )


T = TypeVar("T", bound="CastaiServiceaccountsV1Beta1GetServiceAccountKeyResponse")


@_attrs_define
class CastaiServiceaccountsV1Beta1GetServiceAccountKeyResponse:
    """
    Attributes:
        key (CastaiServiceaccountsV1Beta1ServiceAccountKey):
    """

    key: CastaiServiceaccountsV1Beta1ServiceAccountKey
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
        from ..models.castai_serviceaccounts_v1_beta_1_service_account_key import (
            CastaiServiceaccountsV1Beta1ServiceAccountKey,  # noqa: PLC0415
        )

        d = dict(src_dict)
        key = CastaiServiceaccountsV1Beta1ServiceAccountKey.from_dict(d.pop("key"))

        castai_serviceaccounts_v1_beta_1_get_service_account_key_response = cls(
            key=key,
        )

        castai_serviceaccounts_v1_beta_1_get_service_account_key_response.additional_properties = d
        return castai_serviceaccounts_v1_beta_1_get_service_account_key_response

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
