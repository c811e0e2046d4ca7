from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.castai_inventory_v1_beta_1_ena_queue_info import (
        CastaiInventoryV1Beta1EnaQueueInfo,
    )


T = TypeVar("T", bound="CastaiInventoryV1Beta1NetworkInfo")


@_attrs_define
class CastaiInventoryV1Beta1NetworkInfo:
    """
    Attributes:
        accelerated_networking_supported (bool | None | Unset):
        base_bandwidth_mbps (int | Unset):
        burst_bandwidth_mbps (int | Unset):
        efa_supported (bool | Unset):
        ena_queue_info (CastaiInventoryV1Beta1EnaQueueInfo | Unset):
        encryption_in_transit_supported (bool | None | Unset):
        ipv_4_addresses_per_interface (int | Unset):
        maximum_network_interfaces (int | Unset):
    """

    accelerated_networking_supported: bool | None | Unset = UNSET
    base_bandwidth_mbps: int | Unset = UNSET
    burst_bandwidth_mbps: int | Unset = UNSET
    efa_supported: bool | Unset = UNSET
    ena_queue_info: CastaiInventoryV1Beta1EnaQueueInfo | Unset = UNSET
    encryption_in_transit_supported: bool | None | Unset = UNSET
    ipv_4_addresses_per_interface: int | Unset = UNSET
    maximum_network_interfaces: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        accelerated_networking_supported: bool | None | Unset
        if isinstance(self.accelerated_networking_supported, Unset):
            accelerated_networking_supported = UNSET
        else:
            accelerated_networking_supported = self.accelerated_networking_supported

        base_bandwidth_mbps = self.base_bandwidth_mbps

        burst_bandwidth_mbps = self.burst_bandwidth_mbps

        efa_supported = self.efa_supported

        ena_queue_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ena_queue_info, Unset):
            ena_queue_info = self.ena_queue_info.to_dict()

        encryption_in_transit_supported: bool | None | Unset
        if isinstance(self.encryption_in_transit_supported, Unset):
            encryption_in_transit_supported = UNSET
        else:
            encryption_in_transit_supported = self.encryption_in_transit_supported

        ipv_4_addresses_per_interface = self.ipv_4_addresses_per_interface

        maximum_network_interfaces = self.maximum_network_interfaces

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if accelerated_networking_supported is not UNSET:
            field_dict["acceleratedNetworkingSupported"] = (
                accelerated_networking_supported
            )
        if base_bandwidth_mbps is not UNSET:
            field_dict["baseBandwidthMbps"] = base_bandwidth_mbps
        if burst_bandwidth_mbps is not UNSET:
            field_dict["burstBandwidthMbps"] = burst_bandwidth_mbps
        if efa_supported is not UNSET:
            field_dict["efaSupported"] = efa_supported
        if ena_queue_info is not UNSET:
            field_dict["enaQueueInfo"] = ena_queue_info
        if encryption_in_transit_supported is not UNSET:
            field_dict["encryptionInTransitSupported"] = encryption_in_transit_supported
        if ipv_4_addresses_per_interface is not UNSET:
            field_dict["ipv4AddressesPerInterface"] = ipv_4_addresses_per_interface
        if maximum_network_interfaces is not UNSET:
            field_dict["maximumNetworkInterfaces"] = maximum_network_interfaces

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.castai_inventory_v1_beta_1_ena_queue_info import (
            CastaiInventoryV1Beta1EnaQueueInfo,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_accelerated_networking_supported(
            data: object,
        ) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        accelerated_networking_supported = _parse_accelerated_networking_supported(
            d.pop("acceleratedNetworkingSupported", UNSET)
        )

        base_bandwidth_mbps = d.pop("baseBandwidthMbps", UNSET)

        burst_bandwidth_mbps = d.pop("burstBandwidthMbps", UNSET)

        efa_supported = d.pop("efaSupported", UNSET)

        _ena_queue_info = d.pop("enaQueueInfo", UNSET)
        ena_queue_info: CastaiInventoryV1Beta1EnaQueueInfo | Unset
        if isinstance(_ena_queue_info, Unset):
            ena_queue_info = UNSET
        else:
            ena_queue_info = CastaiInventoryV1Beta1EnaQueueInfo.from_dict(
                _ena_queue_info
            )

        def _parse_encryption_in_transit_supported(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        encryption_in_transit_supported = _parse_encryption_in_transit_supported(
            d.pop("encryptionInTransitSupported", UNSET)
        )

        ipv_4_addresses_per_interface = d.pop("ipv4AddressesPerInterface", UNSET)

        maximum_network_interfaces = d.pop("maximumNetworkInterfaces", UNSET)

        castai_inventory_v1_beta_1_network_info = cls(
            accelerated_networking_supported=accelerated_networking_supported,
            base_bandwidth_mbps=base_bandwidth_mbps,
            burst_bandwidth_mbps=burst_bandwidth_mbps,
            efa_supported=efa_supported,
            ena_queue_info=ena_queue_info,
            encryption_in_transit_supported=encryption_in_transit_supported,
            ipv_4_addresses_per_interface=ipv_4_addresses_per_interface,
            maximum_network_interfaces=maximum_network_interfaces,
        )

        castai_inventory_v1_beta_1_network_info.additional_properties = d
        return castai_inventory_v1_beta_1_network_info

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
