from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.runtime_v1_workload_netflow_destination import (
        RuntimeV1WorkloadNetflowDestination,
    )


T = TypeVar("T", bound="RuntimeV1WorkloadNetflow")


@_attrs_define
class RuntimeV1WorkloadNetflow:
    """
    Attributes:
        destinations (list[RuntimeV1WorkloadNetflowDestination] | Unset):
        namespace (str | Unset):
        region (str | Unset):
        workload_kind (str | Unset):
        workload_name (str | Unset):
        zone (str | Unset):
    """

    destinations: list[RuntimeV1WorkloadNetflowDestination] | Unset = UNSET
    namespace: str | Unset = UNSET
    region: str | Unset = UNSET
    workload_kind: str | Unset = UNSET
    workload_name: str | Unset = UNSET
    zone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        destinations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.destinations, Unset):
            destinations = []
            for destinations_item_data in self.destinations:
                destinations_item = destinations_item_data.to_dict()
                destinations.append(destinations_item)

        namespace = self.namespace

        region = self.region

        workload_kind = self.workload_kind

        workload_name = self.workload_name

        zone = self.zone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if destinations is not UNSET:
            field_dict["destinations"] = destinations
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if region is not UNSET:
            field_dict["region"] = region
        if workload_kind is not UNSET:
            field_dict["workloadKind"] = workload_kind
        if workload_name is not UNSET:
            field_dict["workloadName"] = workload_name
        if zone is not UNSET:
            field_dict["zone"] = zone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.runtime_v1_workload_netflow_destination import (
            RuntimeV1WorkloadNetflowDestination,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _destinations = d.pop("destinations", UNSET)
        destinations: list[RuntimeV1WorkloadNetflowDestination] | Unset = UNSET
        if _destinations is not UNSET:
            destinations = []
            for destinations_item_data in _destinations:
                destinations_item = RuntimeV1WorkloadNetflowDestination.from_dict(
                    destinations_item_data
                )

                destinations.append(destinations_item)

        namespace = d.pop("namespace", UNSET)

        region = d.pop("region", UNSET)

        workload_kind = d.pop("workloadKind", UNSET)

        workload_name = d.pop("workloadName", UNSET)

        zone = d.pop("zone", UNSET)

        runtime_v1_workload_netflow = cls(
            destinations=destinations,
            namespace=namespace,
            region=region,
            workload_kind=workload_kind,
            workload_name=workload_name,
            zone=zone,
        )

        runtime_v1_workload_netflow.additional_properties = d
        return runtime_v1_workload_netflow

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
