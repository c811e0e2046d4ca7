from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.policies_v1_cluster_limits_policy import PoliciesV1ClusterLimitsPolicy
    from ..models.policies_v1_node_downscaler import PoliciesV1NodeDownscaler
    from ..models.policies_v1_spot_instances import PoliciesV1SpotInstances
    from ..models.policies_v1_unschedulable_pods_policy import (
        PoliciesV1UnschedulablePodsPolicy,
    )


T = TypeVar("T", bound="PoliciesV1Policies")


@_attrs_define
class PoliciesV1Policies:
    """
    Attributes:
        cluster_limits (PoliciesV1ClusterLimitsPolicy | Unset):
        default_node_template_version (None | str | Unset):
        enabled (bool | None | Unset):
        is_scoped_mode (bool | None | Unset):
        node_downscaler (PoliciesV1NodeDownscaler | Unset):
        node_templates_partial_matching_enabled (bool | None | Unset):
        spot_instances (PoliciesV1SpotInstances | Unset):
        unschedulable_pods (PoliciesV1UnschedulablePodsPolicy | Unset):
    """

    cluster_limits: PoliciesV1ClusterLimitsPolicy | Unset = UNSET
    default_node_template_version: None | str | Unset = UNSET
    enabled: bool | None | Unset = UNSET
    is_scoped_mode: bool | None | Unset = UNSET
    node_downscaler: PoliciesV1NodeDownscaler | Unset = UNSET
    node_templates_partial_matching_enabled: bool | None | Unset = UNSET
    spot_instances: PoliciesV1SpotInstances | Unset = UNSET
    unschedulable_pods: PoliciesV1UnschedulablePodsPolicy | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cluster_limits: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cluster_limits, Unset):
            cluster_limits = self.cluster_limits.to_dict()

        default_node_template_version: None | str | Unset
        if isinstance(self.default_node_template_version, Unset):
            default_node_template_version = UNSET
        else:
            default_node_template_version = self.default_node_template_version

        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        is_scoped_mode: bool | None | Unset
        if isinstance(self.is_scoped_mode, Unset):
            is_scoped_mode = UNSET
        else:
            is_scoped_mode = self.is_scoped_mode

        node_downscaler: dict[str, Any] | Unset = UNSET
        if not isinstance(self.node_downscaler, Unset):
            node_downscaler = self.node_downscaler.to_dict()

        node_templates_partial_matching_enabled: bool | None | Unset
        if isinstance(self.node_templates_partial_matching_enabled, Unset):
            node_templates_partial_matching_enabled = UNSET
        else:
            node_templates_partial_matching_enabled = (
                self.node_templates_partial_matching_enabled
            )

        spot_instances: dict[str, Any] | Unset = UNSET
        if not isinstance(self.spot_instances, Unset):
            spot_instances = self.spot_instances.to_dict()

        unschedulable_pods: dict[str, Any] | Unset = UNSET
        if not isinstance(self.unschedulable_pods, Unset):
            unschedulable_pods = self.unschedulable_pods.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cluster_limits is not UNSET:
            field_dict["clusterLimits"] = cluster_limits
        if default_node_template_version is not UNSET:
            field_dict["defaultNodeTemplateVersion"] = default_node_template_version
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if is_scoped_mode is not UNSET:
            field_dict["isScopedMode"] = is_scoped_mode
        if node_downscaler is not UNSET:
            field_dict["nodeDownscaler"] = node_downscaler
        if node_templates_partial_matching_enabled is not UNSET:
            field_dict["nodeTemplatesPartialMatchingEnabled"] = (
                node_templates_partial_matching_enabled
            )
        if spot_instances is not UNSET:
            field_dict["spotInstances"] = spot_instances
        if unschedulable_pods is not UNSET:
            field_dict["unschedulablePods"] = unschedulable_pods

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.policies_v1_cluster_limits_policy import (
            PoliciesV1ClusterLimitsPolicy,  # noqa: PLC0415
        )
        from ..models.policies_v1_node_downscaler import PoliciesV1NodeDownscaler  # noqa: PLC0415
        from ..models.policies_v1_spot_instances import PoliciesV1SpotInstances  # noqa: PLC0415
        from ..models.policies_v1_unschedulable_pods_policy import (
            PoliciesV1UnschedulablePodsPolicy,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _cluster_limits = d.pop("clusterLimits", UNSET)
        cluster_limits: PoliciesV1ClusterLimitsPolicy | Unset
        if isinstance(_cluster_limits, Unset):
            cluster_limits = UNSET
        else:
            cluster_limits = PoliciesV1ClusterLimitsPolicy.from_dict(_cluster_limits)

        def _parse_default_node_template_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_node_template_version = _parse_default_node_template_version(
            d.pop("defaultNodeTemplateVersion", UNSET)
        )

        def _parse_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enabled = _parse_enabled(d.pop("enabled", UNSET))

        def _parse_is_scoped_mode(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_scoped_mode = _parse_is_scoped_mode(d.pop("isScopedMode", UNSET))

        _node_downscaler = d.pop("nodeDownscaler", UNSET)
        node_downscaler: PoliciesV1NodeDownscaler | Unset
        if isinstance(_node_downscaler, Unset):
            node_downscaler = UNSET
        else:
            node_downscaler = PoliciesV1NodeDownscaler.from_dict(_node_downscaler)

        def _parse_node_templates_partial_matching_enabled(
            data: object,
        ) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        node_templates_partial_matching_enabled = (
            _parse_node_templates_partial_matching_enabled(
                d.pop("nodeTemplatesPartialMatchingEnabled", UNSET)
            )
        )

        _spot_instances = d.pop("spotInstances", UNSET)
        spot_instances: PoliciesV1SpotInstances | Unset
        if isinstance(_spot_instances, Unset):
            spot_instances = UNSET
        else:
            spot_instances = PoliciesV1SpotInstances.from_dict(_spot_instances)

        _unschedulable_pods = d.pop("unschedulablePods", UNSET)
        unschedulable_pods: PoliciesV1UnschedulablePodsPolicy | Unset
        if isinstance(_unschedulable_pods, Unset):
            unschedulable_pods = UNSET
        else:
            unschedulable_pods = PoliciesV1UnschedulablePodsPolicy.from_dict(
                _unschedulable_pods
            )

        policies_v1_policies = cls(
            cluster_limits=cluster_limits,
            default_node_template_version=default_node_template_version,
            enabled=enabled,
            is_scoped_mode=is_scoped_mode,
            node_downscaler=node_downscaler,
            node_templates_partial_matching_enabled=node_templates_partial_matching_enabled,
            spot_instances=spot_instances,
            unschedulable_pods=unschedulable_pods,
        )

        policies_v1_policies.additional_properties = d
        return policies_v1_policies

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
