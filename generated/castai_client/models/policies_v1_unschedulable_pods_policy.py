from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.policies_v1_headroom import PoliciesV1Headroom
    from ..models.policies_v1_node_constraints import PoliciesV1NodeConstraints
    from ..models.policies_v1_pod_pinner import PoliciesV1PodPinner


T = TypeVar("T", bound="PoliciesV1UnschedulablePodsPolicy")


@_attrs_define
class PoliciesV1UnschedulablePodsPolicy:
    """
    Attributes:
        custom_instances_enabled (bool | None | Unset):
        disk_gib_to_cpu_ratio (int | None | Unset):
        enabled (bool | None | Unset):
        headroom (PoliciesV1Headroom | Unset):
        headroom_spot (PoliciesV1Headroom | Unset):
        node_constraints (PoliciesV1NodeConstraints | Unset):
        pod_pinner (PoliciesV1PodPinner | Unset):
    """

    custom_instances_enabled: bool | None | Unset = UNSET
    disk_gib_to_cpu_ratio: int | None | Unset = UNSET
    enabled: bool | None | Unset = UNSET
    headroom: PoliciesV1Headroom | Unset = UNSET
    headroom_spot: PoliciesV1Headroom | Unset = UNSET
    node_constraints: PoliciesV1NodeConstraints | Unset = UNSET
    pod_pinner: PoliciesV1PodPinner | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom_instances_enabled: bool | None | Unset
        if isinstance(self.custom_instances_enabled, Unset):
            custom_instances_enabled = UNSET
        else:
            custom_instances_enabled = self.custom_instances_enabled

        disk_gib_to_cpu_ratio: int | None | Unset
        if isinstance(self.disk_gib_to_cpu_ratio, Unset):
            disk_gib_to_cpu_ratio = UNSET
        else:
            disk_gib_to_cpu_ratio = self.disk_gib_to_cpu_ratio

        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        headroom: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headroom, Unset):
            headroom = self.headroom.to_dict()

        headroom_spot: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headroom_spot, Unset):
            headroom_spot = self.headroom_spot.to_dict()

        node_constraints: dict[str, Any] | Unset = UNSET
        if not isinstance(self.node_constraints, Unset):
            node_constraints = self.node_constraints.to_dict()

        pod_pinner: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pod_pinner, Unset):
            pod_pinner = self.pod_pinner.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if custom_instances_enabled is not UNSET:
            field_dict["customInstancesEnabled"] = custom_instances_enabled
        if disk_gib_to_cpu_ratio is not UNSET:
            field_dict["diskGibToCpuRatio"] = disk_gib_to_cpu_ratio
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if headroom is not UNSET:
            field_dict["headroom"] = headroom
        if headroom_spot is not UNSET:
            field_dict["headroomSpot"] = headroom_spot
        if node_constraints is not UNSET:
            field_dict["nodeConstraints"] = node_constraints
        if pod_pinner is not UNSET:
            field_dict["podPinner"] = pod_pinner

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.policies_v1_headroom import PoliciesV1Headroom  # noqa: PLC0415
        from ..models.policies_v1_node_constraints import PoliciesV1NodeConstraints  # noqa: PLC0415
        from ..models.policies_v1_pod_pinner import PoliciesV1PodPinner  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_custom_instances_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        custom_instances_enabled = _parse_custom_instances_enabled(
            d.pop("customInstancesEnabled", UNSET)
        )

        def _parse_disk_gib_to_cpu_ratio(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        disk_gib_to_cpu_ratio = _parse_disk_gib_to_cpu_ratio(
            d.pop("diskGibToCpuRatio", UNSET)
        )

        def _parse_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enabled = _parse_enabled(d.pop("enabled", UNSET))

        _headroom = d.pop("headroom", UNSET)
        headroom: PoliciesV1Headroom | Unset
        if isinstance(_headroom, Unset):
            headroom = UNSET
        else:
            headroom = PoliciesV1Headroom.from_dict(_headroom)

        _headroom_spot = d.pop("headroomSpot", UNSET)
        headroom_spot: PoliciesV1Headroom | Unset
        if isinstance(_headroom_spot, Unset):
            headroom_spot = UNSET
        else:
            headroom_spot = PoliciesV1Headroom.from_dict(_headroom_spot)

        _node_constraints = d.pop("nodeConstraints", UNSET)
        node_constraints: PoliciesV1NodeConstraints | Unset
        if isinstance(_node_constraints, Unset):
            node_constraints = UNSET
        else:
            node_constraints = PoliciesV1NodeConstraints.from_dict(_node_constraints)

        _pod_pinner = d.pop("podPinner", UNSET)
        pod_pinner: PoliciesV1PodPinner | Unset
        if isinstance(_pod_pinner, Unset):
            pod_pinner = UNSET
        else:
            pod_pinner = PoliciesV1PodPinner.from_dict(_pod_pinner)

        policies_v1_unschedulable_pods_policy = cls(
            custom_instances_enabled=custom_instances_enabled,
            disk_gib_to_cpu_ratio=disk_gib_to_cpu_ratio,
            enabled=enabled,
            headroom=headroom,
            headroom_spot=headroom_spot,
            node_constraints=node_constraints,
            pod_pinner=pod_pinner,
        )

        policies_v1_unschedulable_pods_policy.additional_properties = d
        return policies_v1_unschedulable_pods_policy

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
