from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.castai_sso_v1_beta_1sso_connection import (
        CastaiSsoV1Beta1SSOConnection,
    )


T = TypeVar("T", bound="CastaiSsoV1Beta1GetSSOConnectionResponse")


@_attrs_define
class CastaiSsoV1Beta1GetSSOConnectionResponse:
    """
    Attributes:
        connection (CastaiSsoV1Beta1SSOConnection | Unset):
        sso_service_account_id (None | str | Unset):
    """

    connection: CastaiSsoV1Beta1SSOConnection | Unset = UNSET
    sso_service_account_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        connection: dict[str, Any] | Unset = UNSET
        if not isinstance(self.connection, Unset):
            connection = self.connection.to_dict()

        sso_service_account_id: None | str | Unset
        if isinstance(self.sso_service_account_id, Unset):
            sso_service_account_id = UNSET
        else:
            sso_service_account_id = self.sso_service_account_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if connection is not UNSET:
            field_dict["connection"] = connection
        if sso_service_account_id is not UNSET:
            field_dict["ssoServiceAccountId"] = sso_service_account_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.castai_sso_v1_beta_1sso_connection import (
            CastaiSsoV1Beta1SSOConnection,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _connection = d.pop("connection", UNSET)
        connection: CastaiSsoV1Beta1SSOConnection | Unset
        if isinstance(_connection, Unset):
            connection = UNSET
        else:
            connection = CastaiSsoV1Beta1SSOConnection.from_dict(_connection)

        def _parse_sso_service_account_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sso_service_account_id = _parse_sso_service_account_id(
            d.pop("ssoServiceAccountId", UNSET)
        )

        castai_sso_v1_beta_1_get_sso_connection_response = cls(
            connection=connection,
            sso_service_account_id=sso_service_account_id,
        )

        castai_sso_v1_beta_1_get_sso_connection_response.additional_properties = d
        return castai_sso_v1_beta_1_get_sso_connection_response

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
