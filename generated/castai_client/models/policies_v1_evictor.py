from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.policies_v1_evictor_status import (
    PoliciesV1EvictorStatus,
    check_policies_v1_evictor_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PoliciesV1Evictor")


@_attrs_define
class PoliciesV1Evictor:
    """
    Attributes:
        aggressive_mode (bool | None | Unset):
        allowed (bool | None | Unset):
        cleanup_karpenter_nodes (bool | None | Unset):
        cycle_interval (None | str | Unset):
        dry_run (bool | None | Unset):
        enabled (bool | None | Unset):
        ignore_pod_disruption_budgets (bool | None | Unset):
        node_grace_period_minutes (int | None | Unset):
        pod_eviction_failure_back_off_interval (None | str | Unset):
        scoped_mode (bool | None | Unset):
        soft_tainting (bool | None | Unset):
        status (PoliciesV1EvictorStatus | Unset):
    """

    aggressive_mode: bool | None | Unset = UNSET
    allowed: bool | None | Unset = UNSET
    cleanup_karpenter_nodes: bool | None | Unset = UNSET
    cycle_interval: None | str | Unset = UNSET
    dry_run: bool | None | Unset = UNSET
    enabled: bool | None | Unset = UNSET
    ignore_pod_disruption_budgets: bool | None | Unset = UNSET
    node_grace_period_minutes: int | None | Unset = UNSET
    pod_eviction_failure_back_off_interval: None | str | Unset = UNSET
    scoped_mode: bool | None | Unset = UNSET
    soft_tainting: bool | None | Unset = UNSET
    status: PoliciesV1EvictorStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        aggressive_mode: bool | None | Unset
        if isinstance(self.aggressive_mode, Unset):
            aggressive_mode = UNSET
        else:
            aggressive_mode = self.aggressive_mode

        allowed: bool | None | Unset
        if isinstance(self.allowed, Unset):
            allowed = UNSET
        else:
            allowed = self.allowed

        cleanup_karpenter_nodes: bool | None | Unset
        if isinstance(self.cleanup_karpenter_nodes, Unset):
            cleanup_karpenter_nodes = UNSET
        else:
            cleanup_karpenter_nodes = self.cleanup_karpenter_nodes

        cycle_interval: None | str | Unset
        if isinstance(self.cycle_interval, Unset):
            cycle_interval = UNSET
        else:
            cycle_interval = self.cycle_interval

        dry_run: bool | None | Unset
        if isinstance(self.dry_run, Unset):
            dry_run = UNSET
        else:
            dry_run = self.dry_run

        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        ignore_pod_disruption_budgets: bool | None | Unset
        if isinstance(self.ignore_pod_disruption_budgets, Unset):
            ignore_pod_disruption_budgets = UNSET
        else:
            ignore_pod_disruption_budgets = self.ignore_pod_disruption_budgets

        node_grace_period_minutes: int | None | Unset
        if isinstance(self.node_grace_period_minutes, Unset):
            node_grace_period_minutes = UNSET
        else:
            node_grace_period_minutes = self.node_grace_period_minutes

        pod_eviction_failure_back_off_interval: None | str | Unset
        if isinstance(self.pod_eviction_failure_back_off_interval, Unset):
            pod_eviction_failure_back_off_interval = UNSET
        else:
            pod_eviction_failure_back_off_interval = (
                self.pod_eviction_failure_back_off_interval
            )

        scoped_mode: bool | None | Unset
        if isinstance(self.scoped_mode, Unset):
            scoped_mode = UNSET
        else:
            scoped_mode = self.scoped_mode

        soft_tainting: bool | None | Unset
        if isinstance(self.soft_tainting, Unset):
            soft_tainting = UNSET
        else:
            soft_tainting = self.soft_tainting

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if aggressive_mode is not UNSET:
            field_dict["aggressiveMode"] = aggressive_mode
        if allowed is not UNSET:
            field_dict["allowed"] = allowed
        if cleanup_karpenter_nodes is not UNSET:
            field_dict["cleanupKarpenterNodes"] = cleanup_karpenter_nodes
        if cycle_interval is not UNSET:
            field_dict["cycleInterval"] = cycle_interval
        if dry_run is not UNSET:
            field_dict["dryRun"] = dry_run
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if ignore_pod_disruption_budgets is not UNSET:
            field_dict["ignorePodDisruptionBudgets"] = ignore_pod_disruption_budgets
        if node_grace_period_minutes is not UNSET:
            field_dict["nodeGracePeriodMinutes"] = node_grace_period_minutes
        if pod_eviction_failure_back_off_interval is not UNSET:
            field_dict["podEvictionFailureBackOffInterval"] = (
                pod_eviction_failure_back_off_interval
            )
        if scoped_mode is not UNSET:
            field_dict["scopedMode"] = scoped_mode
        if soft_tainting is not UNSET:
            field_dict["softTainting"] = soft_tainting
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_aggressive_mode(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        aggressive_mode = _parse_aggressive_mode(d.pop("aggressiveMode", UNSET))

        def _parse_allowed(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        allowed = _parse_allowed(d.pop("allowed", UNSET))

        def _parse_cleanup_karpenter_nodes(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        cleanup_karpenter_nodes = _parse_cleanup_karpenter_nodes(
            d.pop("cleanupKarpenterNodes", UNSET)
        )

        def _parse_cycle_interval(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cycle_interval = _parse_cycle_interval(d.pop("cycleInterval", UNSET))

        def _parse_dry_run(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        dry_run = _parse_dry_run(d.pop("dryRun", UNSET))

        def _parse_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enabled = _parse_enabled(d.pop("enabled", UNSET))

        def _parse_ignore_pod_disruption_budgets(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        ignore_pod_disruption_budgets = _parse_ignore_pod_disruption_budgets(
            d.pop("ignorePodDisruptionBudgets", UNSET)
        )

        def _parse_node_grace_period_minutes(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        node_grace_period_minutes = _parse_node_grace_period_minutes(
            d.pop("nodeGracePeriodMinutes", UNSET)
        )

        def _parse_pod_eviction_failure_back_off_interval(
            data: object,
        ) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pod_eviction_failure_back_off_interval = (
            _parse_pod_eviction_failure_back_off_interval(
                d.pop("podEvictionFailureBackOffInterval", UNSET)
            )
        )

        def _parse_scoped_mode(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        scoped_mode = _parse_scoped_mode(d.pop("scopedMode", UNSET))

        def _parse_soft_tainting(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        soft_tainting = _parse_soft_tainting(d.pop("softTainting", UNSET))

        _status = d.pop("status", UNSET)
        status: PoliciesV1EvictorStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_policies_v1_evictor_status(_status)

        policies_v1_evictor = cls(
            aggressive_mode=aggressive_mode,
            allowed=allowed,
            cleanup_karpenter_nodes=cleanup_karpenter_nodes,
            cycle_interval=cycle_interval,
            dry_run=dry_run,
            enabled=enabled,
            ignore_pod_disruption_budgets=ignore_pod_disruption_budgets,
            node_grace_period_minutes=node_grace_period_minutes,
            pod_eviction_failure_back_off_interval=pod_eviction_failure_back_off_interval,
            scoped_mode=scoped_mode,
            soft_tainting=soft_tainting,
            status=status,
        )

        policies_v1_evictor.additional_properties = d
        return policies_v1_evictor

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
