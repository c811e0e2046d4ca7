from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.castai_authtoken_v1_beta_1_auth_token import (
        CastaiAuthtokenV1Beta1AuthToken,
    )
    from ..models.castai_sso_v1_beta_1_set_sync_for_sso_connection_response_empty_response import (
        CastaiSsoV1Beta1SetSyncForSSOConnectionResponseEmptyResponse,
    )


T = TypeVar("T", bound="CastaiSsoV1Beta1SetSyncForSSOConnectionResponse")


@_attrs_define
class CastaiSsoV1Beta1SetSyncForSSOConnectionResponse:
    """
    Attributes:
        empty_response (CastaiSsoV1Beta1SetSyncForSSOConnectionResponseEmptyResponse | Unset):
        token (CastaiAuthtokenV1Beta1AuthToken | Unset):
    """

    empty_response: (
        CastaiSsoV1Beta1SetSyncForSSOConnectionResponseEmptyResponse | Unset
    ) = UNSET
    token: CastaiAuthtokenV1Beta1AuthToken | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        empty_response: dict[str, Any] | Unset = UNSET
        if not isinstance(self.empty_response, Unset):
            empty_response = self.empty_response.to_dict()

        token: dict[str, Any] | Unset = UNSET
        if not isinstance(self.token, Unset):
            token = self.token.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if empty_response is not UNSET:
            field_dict["emptyResponse"] = empty_response
        if token is not UNSET:
            field_dict["token"] = token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.castai_authtoken_v1_beta_1_auth_token import (
            CastaiAuthtokenV1Beta1AuthToken,  # noqa: PLC0415
        )
        from ..models.castai_sso_v1_beta_1_set_sync_for_sso_connection_response_empty_response import (
            CastaiSsoV1Beta1SetSyncForSSOConnectionResponseEmptyResponse,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _empty_response = d.pop("emptyResponse", UNSET)
        empty_response: (
            CastaiSsoV1Beta1SetSyncForSSOConnectionResponseEmptyResponse | Unset
        )
        if isinstance(_empty_response, Unset):
            empty_response = UNSET
        else:
            empty_response = (
                CastaiSsoV1Beta1SetSyncForSSOConnectionResponseEmptyResponse.from_dict(
                    _empty_response
                )
            )

        _token = d.pop("token", UNSET)
        token: CastaiAuthtokenV1Beta1AuthToken | Unset
        if isinstance(_token, Unset):
            token = UNSET
        else:
            token = CastaiAuthtokenV1Beta1AuthToken.from_dict(_token)

        castai_sso_v1_beta_1_set_sync_for_sso_connection_response = cls(
            empty_response=empty_response,
            token=token,
        )

        castai_sso_v1_beta_1_set_sync_for_sso_connection_response.additional_properties = d
        return castai_sso_v1_beta_1_set_sync_for_sso_connection_response

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
