from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExternalclusterV1GCPCreateSAResponse")


@_attrs_define
class ExternalclusterV1GCPCreateSAResponse:
    """
    Attributes:
        service_account_email (str | Unset):
        service_account_id (str | Unset):
    """

    service_account_email: str | Unset = UNSET
    service_account_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        service_account_email = self.service_account_email

        service_account_id = self.service_account_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if service_account_email is not UNSET:
            field_dict["serviceAccountEmail"] = service_account_email
        if service_account_id is not UNSET:
            field_dict["serviceAccountId"] = service_account_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        service_account_email = d.pop("serviceAccountEmail", UNSET)

        service_account_id = d.pop("serviceAccountId", UNSET)

        externalcluster_v1gcp_create_sa_response = cls(
            service_account_email=service_account_email,
            service_account_id=service_account_id,
        )

        externalcluster_v1gcp_create_sa_response.additional_properties = d
        return externalcluster_v1gcp_create_sa_response

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
