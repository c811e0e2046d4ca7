from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.externalcluster_v1gcp_node_config_reservation_affinity import (
        ExternalclusterV1GCPNodeConfigReservationAffinity,
    )


T = TypeVar("T", bound="ExternalclusterV1GCPNodeConfig")


@_attrs_define
class ExternalclusterV1GCPNodeConfig:
    """
    Attributes:
        reservation_affinity (ExternalclusterV1GCPNodeConfigReservationAffinity | Unset):
    """

    reservation_affinity: ExternalclusterV1GCPNodeConfigReservationAffinity | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reservation_affinity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reservation_affinity, Unset):
            reservation_affinity = self.reservation_affinity.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reservation_affinity is not UNSET:
            field_dict["reservationAffinity"] = reservation_affinity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.externalcluster_v1gcp_node_config_reservation_affinity import (
            ExternalclusterV1GCPNodeConfigReservationAffinity,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _reservation_affinity = d.pop("reservationAffinity", UNSET)
        reservation_affinity: ExternalclusterV1GCPNodeConfigReservationAffinity | Unset
        if isinstance(_reservation_affinity, Unset):
            reservation_affinity = UNSET
        else:
            reservation_affinity = (
                ExternalclusterV1GCPNodeConfigReservationAffinity.from_dict(
                    _reservation_affinity
                )
            )

        externalcluster_v1gcp_node_config = cls(
            reservation_affinity=reservation_affinity,
        )

        externalcluster_v1gcp_node_config.additional_properties = d
        return externalcluster_v1gcp_node_config

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
