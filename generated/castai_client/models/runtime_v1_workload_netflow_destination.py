from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RuntimeV1WorkloadNetflowDestination")


@_attrs_define
class RuntimeV1WorkloadNetflowDestination:
    """
    Attributes:
        addrs (list[str] | Unset):
        dns_question (str | Unset):
        namespace (str | Unset):
        region (str | Unset):
        rx_bytes (str | Unset):
        tx_bytes (str | Unset):
        workload_kind (str | Unset):
        workload_name (str | Unset):
        zone (str | Unset):
    """

    addrs: list[str] | Unset = UNSET
    dns_question: str | Unset = UNSET
    namespace: str | Unset = UNSET
    region: str | Unset = UNSET
    rx_bytes: str | Unset = UNSET
    tx_bytes: str | Unset = UNSET
    workload_kind: str | Unset = UNSET
    workload_name: str | Unset = UNSET
    zone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        addrs: list[str] | Unset = UNSET
        if not isinstance(self.addrs, Unset):
            addrs = self.addrs

        dns_question = self.dns_question

        namespace = self.namespace

        region = self.region

        rx_bytes = self.rx_bytes

        tx_bytes = self.tx_bytes

        workload_kind = self.workload_kind

        workload_name = self.workload_name

        zone = self.zone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if addrs is not UNSET:
            field_dict["addrs"] = addrs
        if dns_question is not UNSET:
            field_dict["dnsQuestion"] = dns_question
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if region is not UNSET:
            field_dict["region"] = region
        if rx_bytes is not UNSET:
            field_dict["rxBytes"] = rx_bytes
        if tx_bytes is not UNSET:
            field_dict["txBytes"] = tx_bytes
        if workload_kind is not UNSET:
            field_dict["workloadKind"] = workload_kind
        if workload_name is not UNSET:
            field_dict["workloadName"] = workload_name
        if zone is not UNSET:
            field_dict["zone"] = zone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        addrs = cast(list[str], d.pop("addrs", UNSET))

        dns_question = d.pop("dnsQuestion", UNSET)

        namespace = d.pop("namespace", UNSET)

        region = d.pop("region", UNSET)

        rx_bytes = d.pop("rxBytes", UNSET)

        tx_bytes = d.pop("txBytes", UNSET)

        workload_kind = d.pop("workloadKind", UNSET)

        workload_name = d.pop("workloadName", UNSET)

        zone = d.pop("zone", UNSET)

        runtime_v1_workload_netflow_destination = cls(
            addrs=addrs,
            dns_question=dns_question,
            namespace=namespace,
            region=region,
            rx_bytes=rx_bytes,
            tx_bytes=tx_bytes,
            workload_kind=workload_kind,
            workload_name=workload_name,
            zone=zone,
        )

        runtime_v1_workload_netflow_destination.additional_properties = d
        return runtime_v1_workload_netflow_destination

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
