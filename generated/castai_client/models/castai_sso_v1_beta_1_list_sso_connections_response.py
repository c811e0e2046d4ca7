from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.castai_sso_v1_beta_1sso_connection import (
        CastaiSsoV1Beta1SSOConnection,
    )


T = TypeVar("T", bound="CastaiSsoV1Beta1ListSSOConnectionsResponse")


@_attrs_define
class CastaiSsoV1Beta1ListSSOConnectionsResponse:
    """
    Attributes:
        connections (list[CastaiSsoV1Beta1SSOConnection]):
    """

    connections: list[CastaiSsoV1Beta1SSOConnection]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        connections = []
        for connections_item_data in self.connections:
            connections_item = connections_item_data.to_dict()
            connections.append(connections_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "connections": connections,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.castai_sso_v1_beta_1sso_connection import (
            CastaiSsoV1Beta1SSOConnection,  # noqa: PLC0415
        )

        d = dict(src_dict)
        connections = []
        _connections = d.pop("connections")
        for connections_item_data in _connections:
            connections_item = CastaiSsoV1Beta1SSOConnection.from_dict(
                connections_item_data
            )

            connections.append(connections_item)

        castai_sso_v1_beta_1_list_sso_connections_response = cls(
            connections=connections,
        )

        castai_sso_v1_beta_1_list_sso_connections_response.additional_properties = d
        return castai_sso_v1_beta_1_list_sso_connections_response

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
