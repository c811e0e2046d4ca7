from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workloadoptimization_v1_configuration_changed_event_v2 import (
        WorkloadoptimizationV1ConfigurationChangedEventV2,
    )
    from ..models.workloadoptimization_v1_failed_hook_event import (
        WorkloadoptimizationV1FailedHookEvent,
    )
    from ..models.workloadoptimization_v1_memory_pressure_eviction_event import (
        WorkloadoptimizationV1MemoryPressureEvictionEvent,
    )
    from ..models.workloadoptimization_v1_native_vpa_state_changed_event import (
        WorkloadoptimizationV1NativeVPAStateChangedEvent,
    )
    from ..models.workloadoptimization_v1_recommended_pod_count_changed_event import (
        WorkloadoptimizationV1RecommendedPodCountChangedEvent,
    )
    from ..models.workloadoptimization_v1_recommended_requests_changed_event import (
        WorkloadoptimizationV1RecommendedRequestsChangedEvent,
    )
    from ..models.workloadoptimization_v1_scaling_policy_assigned import (
        WorkloadoptimizationV1ScalingPolicyAssigned,
    )
    from ..models.workloadoptimization_v1_scaling_policy_created import (
        WorkloadoptimizationV1ScalingPolicyCreated,
    )
    from ..models.workloadoptimization_v1_scaling_policy_deleted import (
        WorkloadoptimizationV1ScalingPolicyDeleted,
    )
    from ..models.workloadoptimization_v1_scaling_policy_order_updated_event import (
        WorkloadoptimizationV1ScalingPolicyOrderUpdatedEvent,
    )
    from ..models.workloadoptimization_v1_scaling_policy_updated import (
        WorkloadoptimizationV1ScalingPolicyUpdated,
    )
    from ..models.workloadoptimization_v1_startup_failure_event import (
        WorkloadoptimizationV1StartupFailureEvent,
    )
    from ..models.workloadoptimization_v1_surge_event import (
        WorkloadoptimizationV1SurgeEvent,
    )
    from ..models.workloadoptimization_v1_system_override_reset_event import (
        WorkloadoptimizationV1SystemOverrideResetEvent,
    )
    from ..models.workloadoptimization_v1_system_override_triggered_event import (
        WorkloadoptimizationV1SystemOverrideTriggeredEvent,
    )
    from ..models.workloadoptimization_v1_unbound_memory_growth_event import (
        WorkloadoptimizationV1UnboundMemoryGrowthEvent,
    )
    from ..models.workloadoptimization_v1cpu_pressure_event import (
        WorkloadoptimizationV1CPUPressureEvent,
    )
    from ..models.workloadoptimization_v1cpu_pressure_resolved_event import (
        WorkloadoptimizationV1CPUPressureResolvedEvent,
    )
    from ..models.workloadoptimization_v1gpu_recommended_requests_changed_event import (
        WorkloadoptimizationV1GPURecommendedRequestsChangedEvent,
    )
    from ..models.workloadoptimization_v1hpa_maxed_out_event import (
        WorkloadoptimizationV1HPAMaxedOutEvent,
    )
    from ..models.workloadoptimization_v1oom_kill_event import (
        WorkloadoptimizationV1OOMKillEvent,
    )


T = TypeVar("T", bound="WorkloadoptimizationV1Event")


@_attrs_define
class WorkloadoptimizationV1Event:
    """
    Attributes:
        configuration_changed_v2 (WorkloadoptimizationV1ConfigurationChangedEventV2 | Unset):
        cpu_pressure (WorkloadoptimizationV1CPUPressureEvent | Unset):
        cpu_pressure_resolved (WorkloadoptimizationV1CPUPressureResolvedEvent | Unset):
        failed_hook (WorkloadoptimizationV1FailedHookEvent | Unset):
        gpu_recommended_requests_changed (WorkloadoptimizationV1GPURecommendedRequestsChangedEvent | Unset):
        hpa_almost_maxed_out (WorkloadoptimizationV1HPAMaxedOutEvent | Unset):
        hpa_maxed_out (WorkloadoptimizationV1HPAMaxedOutEvent | Unset):
        memory_pressure_eviction (WorkloadoptimizationV1MemoryPressureEvictionEvent | Unset):
        native_vpa_state_changed (WorkloadoptimizationV1NativeVPAStateChangedEvent | Unset):
        oom_kill (WorkloadoptimizationV1OOMKillEvent | Unset):
        recommended_pod_count_changed (WorkloadoptimizationV1RecommendedPodCountChangedEvent | Unset):
        recommended_requests_changed (WorkloadoptimizationV1RecommendedRequestsChangedEvent | Unset):
        scaling_policy_assigned (WorkloadoptimizationV1ScalingPolicyAssigned | Unset):
        scaling_policy_created (WorkloadoptimizationV1ScalingPolicyCreated | Unset):
        scaling_policy_deleted (WorkloadoptimizationV1ScalingPolicyDeleted | Unset):
        scaling_policy_order_updated (WorkloadoptimizationV1ScalingPolicyOrderUpdatedEvent | Unset):
        scaling_policy_updated (WorkloadoptimizationV1ScalingPolicyUpdated | Unset):
        startup_failure (WorkloadoptimizationV1StartupFailureEvent | Unset):
        surge (WorkloadoptimizationV1SurgeEvent | Unset):
        system_override_reset (WorkloadoptimizationV1SystemOverrideResetEvent | Unset):
        system_override_triggered (WorkloadoptimizationV1SystemOverrideTriggeredEvent | Unset):
        unbound_memory_growth (WorkloadoptimizationV1UnboundMemoryGrowthEvent | Unset):
    """

    configuration_changed_v2: (
        WorkloadoptimizationV1ConfigurationChangedEventV2 | Unset
    ) = UNSET
    cpu_pressure: WorkloadoptimizationV1CPUPressureEvent | Unset = UNSET
    cpu_pressure_resolved: WorkloadoptimizationV1CPUPressureResolvedEvent | Unset = (
        UNSET
    )
    failed_hook: WorkloadoptimizationV1FailedHookEvent | Unset = UNSET
    gpu_recommended_requests_changed: (
        WorkloadoptimizationV1GPURecommendedRequestsChangedEvent | Unset
    ) = UNSET
    hpa_almost_maxed_out: WorkloadoptimizationV1HPAMaxedOutEvent | Unset = UNSET
    hpa_maxed_out: WorkloadoptimizationV1HPAMaxedOutEvent | Unset = UNSET
    memory_pressure_eviction: (
        WorkloadoptimizationV1MemoryPressureEvictionEvent | Unset
    ) = UNSET
    native_vpa_state_changed: (
        WorkloadoptimizationV1NativeVPAStateChangedEvent | Unset
    ) = UNSET
    oom_kill: WorkloadoptimizationV1OOMKillEvent | Unset = UNSET
    recommended_pod_count_changed: (
        WorkloadoptimizationV1RecommendedPodCountChangedEvent | Unset
    ) = UNSET
    recommended_requests_changed: (
        WorkloadoptimizationV1RecommendedRequestsChangedEvent | Unset
    ) = UNSET
    scaling_policy_assigned: WorkloadoptimizationV1ScalingPolicyAssigned | Unset = UNSET
    scaling_policy_created: WorkloadoptimizationV1ScalingPolicyCreated | Unset = UNSET
    scaling_policy_deleted: WorkloadoptimizationV1ScalingPolicyDeleted | Unset = UNSET
    scaling_policy_order_updated: (
        WorkloadoptimizationV1ScalingPolicyOrderUpdatedEvent | Unset
    ) = UNSET
    scaling_policy_updated: WorkloadoptimizationV1ScalingPolicyUpdated | Unset = UNSET
    startup_failure: WorkloadoptimizationV1StartupFailureEvent | Unset = UNSET
    surge: WorkloadoptimizationV1SurgeEvent | Unset = UNSET
    system_override_reset: WorkloadoptimizationV1SystemOverrideResetEvent | Unset = (
        UNSET
    )
    system_override_triggered: (
        WorkloadoptimizationV1SystemOverrideTriggeredEvent | Unset
    ) = UNSET
    unbound_memory_growth: WorkloadoptimizationV1UnboundMemoryGrowthEvent | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        configuration_changed_v2: dict[str, Any] | Unset = UNSET
        if not isinstance(self.configuration_changed_v2, Unset):
            configuration_changed_v2 = self.configuration_changed_v2.to_dict()

        cpu_pressure: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cpu_pressure, Unset):
            cpu_pressure = self.cpu_pressure.to_dict()

        cpu_pressure_resolved: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cpu_pressure_resolved, Unset):
            cpu_pressure_resolved = self.cpu_pressure_resolved.to_dict()

        failed_hook: dict[str, Any] | Unset = UNSET
        if not isinstance(self.failed_hook, Unset):
            failed_hook = self.failed_hook.to_dict()

        gpu_recommended_requests_changed: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gpu_recommended_requests_changed, Unset):
            gpu_recommended_requests_changed = (
                self.gpu_recommended_requests_changed.to_dict()
            )

        hpa_almost_maxed_out: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hpa_almost_maxed_out, Unset):
            hpa_almost_maxed_out = self.hpa_almost_maxed_out.to_dict()

        hpa_maxed_out: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hpa_maxed_out, Unset):
            hpa_maxed_out = self.hpa_maxed_out.to_dict()

        memory_pressure_eviction: dict[str, Any] | Unset = UNSET
        if not isinstance(self.memory_pressure_eviction, Unset):
            memory_pressure_eviction = self.memory_pressure_eviction.to_dict()

        native_vpa_state_changed: dict[str, Any] | Unset = UNSET
        if not isinstance(self.native_vpa_state_changed, Unset):
            native_vpa_state_changed = self.native_vpa_state_changed.to_dict()

        oom_kill: dict[str, Any] | Unset = UNSET
        if not isinstance(self.oom_kill, Unset):
            oom_kill = self.oom_kill.to_dict()

        recommended_pod_count_changed: dict[str, Any] | Unset = UNSET
        if not isinstance(self.recommended_pod_count_changed, Unset):
            recommended_pod_count_changed = self.recommended_pod_count_changed.to_dict()

        recommended_requests_changed: dict[str, Any] | Unset = UNSET
        if not isinstance(self.recommended_requests_changed, Unset):
            recommended_requests_changed = self.recommended_requests_changed.to_dict()

        scaling_policy_assigned: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scaling_policy_assigned, Unset):
            scaling_policy_assigned = self.scaling_policy_assigned.to_dict()

        scaling_policy_created: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scaling_policy_created, Unset):
            scaling_policy_created = self.scaling_policy_created.to_dict()

        scaling_policy_deleted: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scaling_policy_deleted, Unset):
            scaling_policy_deleted = self.scaling_policy_deleted.to_dict()

        scaling_policy_order_updated: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scaling_policy_order_updated, Unset):
            scaling_policy_order_updated = self.scaling_policy_order_updated.to_dict()

        scaling_policy_updated: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scaling_policy_updated, Unset):
            scaling_policy_updated = self.scaling_policy_updated.to_dict()

        startup_failure: dict[str, Any] | Unset = UNSET
        if not isinstance(self.startup_failure, Unset):
            startup_failure = self.startup_failure.to_dict()

        surge: dict[str, Any] | Unset = UNSET
        if not isinstance(self.surge, Unset):
            surge = self.surge.to_dict()

        system_override_reset: dict[str, Any] | Unset = UNSET
        if not isinstance(self.system_override_reset, Unset):
            system_override_reset = self.system_override_reset.to_dict()

        system_override_triggered: dict[str, Any] | Unset = UNSET
        if not isinstance(self.system_override_triggered, Unset):
            system_override_triggered = self.system_override_triggered.to_dict()

        unbound_memory_growth: dict[str, Any] | Unset = UNSET
        if not isinstance(self.unbound_memory_growth, Unset):
            unbound_memory_growth = self.unbound_memory_growth.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if configuration_changed_v2 is not UNSET:
            field_dict["configurationChangedV2"] = configuration_changed_v2
        if cpu_pressure is not UNSET:
            field_dict["cpuPressure"] = cpu_pressure
        if cpu_pressure_resolved is not UNSET:
            field_dict["cpuPressureResolved"] = cpu_pressure_resolved
        if failed_hook is not UNSET:
            field_dict["failedHook"] = failed_hook
        if gpu_recommended_requests_changed is not UNSET:
            field_dict["gpuRecommendedRequestsChanged"] = (
                gpu_recommended_requests_changed
            )
        if hpa_almost_maxed_out is not UNSET:
            field_dict["hpaAlmostMaxedOut"] = hpa_almost_maxed_out
        if hpa_maxed_out is not UNSET:
            field_dict["hpaMaxedOut"] = hpa_maxed_out
        if memory_pressure_eviction is not UNSET:
            field_dict["memoryPressureEviction"] = memory_pressure_eviction
        if native_vpa_state_changed is not UNSET:
            field_dict["nativeVpaStateChanged"] = native_vpa_state_changed
        if oom_kill is not UNSET:
            field_dict["oomKill"] = oom_kill
        if recommended_pod_count_changed is not UNSET:
            field_dict["recommendedPodCountChanged"] = recommended_pod_count_changed
        if recommended_requests_changed is not UNSET:
            field_dict["recommendedRequestsChanged"] = recommended_requests_changed
        if scaling_policy_assigned is not UNSET:
            field_dict["scalingPolicyAssigned"] = scaling_policy_assigned
        if scaling_policy_created is not UNSET:
            field_dict["scalingPolicyCreated"] = scaling_policy_created
        if scaling_policy_deleted is not UNSET:
            field_dict["scalingPolicyDeleted"] = scaling_policy_deleted
        if scaling_policy_order_updated is not UNSET:
            field_dict["scalingPolicyOrderUpdated"] = scaling_policy_order_updated
        if scaling_policy_updated is not UNSET:
            field_dict["scalingPolicyUpdated"] = scaling_policy_updated
        if startup_failure is not UNSET:
            field_dict["startupFailure"] = startup_failure
        if surge is not UNSET:
            field_dict["surge"] = surge
        if system_override_reset is not UNSET:
            field_dict["systemOverrideReset"] = system_override_reset
        if system_override_triggered is not UNSET:
            field_dict["systemOverrideTriggered"] = system_override_triggered
        if unbound_memory_growth is not UNSET:
            field_dict["unboundMemoryGrowth"] = unbound_memory_growth

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workloadoptimization_v1_configuration_changed_event_v2 import (
            WorkloadoptimizationV1ConfigurationChangedEventV2,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1_failed_hook_event import (
            WorkloadoptimizationV1FailedHookEvent,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1_memory_pressure_eviction_event import (
            WorkloadoptimizationV1MemoryPressureEvictionEvent,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1_native_vpa_state_changed_event import (
            WorkloadoptimizationV1NativeVPAStateChangedEvent,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1_recommended_pod_count_changed_event import (
            WorkloadoptimizationV1RecommendedPodCountChangedEvent,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1_recommended_requests_changed_event import (
            WorkloadoptimizationV1RecommendedRequestsChangedEvent,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1_scaling_policy_assigned import (
            WorkloadoptimizationV1ScalingPolicyAssigned,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1_scaling_policy_created import (
            WorkloadoptimizationV1ScalingPolicyCreated,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1_scaling_policy_deleted import (
            WorkloadoptimizationV1ScalingPolicyDeleted,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1_scaling_policy_order_updated_event import (
            WorkloadoptimizationV1ScalingPolicyOrderUpdatedEvent,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1_scaling_policy_updated import (
            WorkloadoptimizationV1ScalingPolicyUpdated,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1_startup_failure_event import (
            WorkloadoptimizationV1StartupFailureEvent,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1_surge_event import (
            WorkloadoptimizationV1SurgeEvent,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1_system_override_reset_event import (
            WorkloadoptimizationV1SystemOverrideResetEvent,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1_system_override_triggered_event import (
            WorkloadoptimizationV1SystemOverrideTriggeredEvent,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1_unbound_memory_growth_event import (
            WorkloadoptimizationV1UnboundMemoryGrowthEvent,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1cpu_pressure_event import (
            WorkloadoptimizationV1CPUPressureEvent,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1cpu_pressure_resolved_event import (
            WorkloadoptimizationV1CPUPressureResolvedEvent,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1gpu_recommended_requests_changed_event import (
            WorkloadoptimizationV1GPURecommendedRequestsChangedEvent,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1hpa_maxed_out_event import (
            WorkloadoptimizationV1HPAMaxedOutEvent,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1oom_kill_event import (
            WorkloadoptimizationV1OOMKillEvent,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _configuration_changed_v2 = d.pop("configurationChangedV2", UNSET)
        configuration_changed_v2: (
            WorkloadoptimizationV1ConfigurationChangedEventV2 | Unset
        )
        if isinstance(_configuration_changed_v2, Unset):
            configuration_changed_v2 = UNSET
        else:
            configuration_changed_v2 = (
                WorkloadoptimizationV1ConfigurationChangedEventV2.from_dict(
                    _configuration_changed_v2
                )
            )

        _cpu_pressure = d.pop("cpuPressure", UNSET)
        cpu_pressure: WorkloadoptimizationV1CPUPressureEvent | Unset
        if isinstance(_cpu_pressure, Unset):
            cpu_pressure = UNSET
        else:
            cpu_pressure = WorkloadoptimizationV1CPUPressureEvent.from_dict(
                _cpu_pressure
            )

        _cpu_pressure_resolved = d.pop("cpuPressureResolved", UNSET)
        cpu_pressure_resolved: WorkloadoptimizationV1CPUPressureResolvedEvent | Unset
        if isinstance(_cpu_pressure_resolved, Unset):
            cpu_pressure_resolved = UNSET
        else:
            cpu_pressure_resolved = (
                WorkloadoptimizationV1CPUPressureResolvedEvent.from_dict(
                    _cpu_pressure_resolved
                )
            )

        _failed_hook = d.pop("failedHook", UNSET)
        failed_hook: WorkloadoptimizationV1FailedHookEvent | Unset
        if isinstance(_failed_hook, Unset):
            failed_hook = UNSET
        else:
            failed_hook = WorkloadoptimizationV1FailedHookEvent.from_dict(_failed_hook)

        _gpu_recommended_requests_changed = d.pop(
            "gpuRecommendedRequestsChanged", UNSET
        )
        gpu_recommended_requests_changed: (
            WorkloadoptimizationV1GPURecommendedRequestsChangedEvent | Unset
        )
        if isinstance(_gpu_recommended_requests_changed, Unset):
            gpu_recommended_requests_changed = UNSET
        else:
            gpu_recommended_requests_changed = (
                WorkloadoptimizationV1GPURecommendedRequestsChangedEvent.from_dict(
                    _gpu_recommended_requests_changed
                )
            )

        _hpa_almost_maxed_out = d.pop("hpaAlmostMaxedOut", UNSET)
        hpa_almost_maxed_out: WorkloadoptimizationV1HPAMaxedOutEvent | Unset
        if isinstance(_hpa_almost_maxed_out, Unset):
            hpa_almost_maxed_out = UNSET
        else:
            hpa_almost_maxed_out = WorkloadoptimizationV1HPAMaxedOutEvent.from_dict(
                _hpa_almost_maxed_out
            )

        _hpa_maxed_out = d.pop("hpaMaxedOut", UNSET)
        hpa_maxed_out: WorkloadoptimizationV1HPAMaxedOutEvent | Unset
        if isinstance(_hpa_maxed_out, Unset):
            hpa_maxed_out = UNSET
        else:
            hpa_maxed_out = WorkloadoptimizationV1HPAMaxedOutEvent.from_dict(
                _hpa_maxed_out
            )

        _memory_pressure_eviction = d.pop("memoryPressureEviction", UNSET)
        memory_pressure_eviction: (
            WorkloadoptimizationV1MemoryPressureEvictionEvent | Unset
        )
        if isinstance(_memory_pressure_eviction, Unset):
            memory_pressure_eviction = UNSET
        else:
            memory_pressure_eviction = (
                WorkloadoptimizationV1MemoryPressureEvictionEvent.from_dict(
                    _memory_pressure_eviction
                )
            )

        _native_vpa_state_changed = d.pop("nativeVpaStateChanged", UNSET)
        native_vpa_state_changed: (
            WorkloadoptimizationV1NativeVPAStateChangedEvent | Unset
        )
        if isinstance(_native_vpa_state_changed, Unset):
            native_vpa_state_changed = UNSET
        else:
            native_vpa_state_changed = (
                WorkloadoptimizationV1NativeVPAStateChangedEvent.from_dict(
                    _native_vpa_state_changed
                )
            )

        _oom_kill = d.pop("oomKill", UNSET)
        oom_kill: WorkloadoptimizationV1OOMKillEvent | Unset
        if isinstance(_oom_kill, Unset):
            oom_kill = UNSET
        else:
            oom_kill = WorkloadoptimizationV1OOMKillEvent.from_dict(_oom_kill)

        _recommended_pod_count_changed = d.pop("recommendedPodCountChanged", UNSET)
        recommended_pod_count_changed: (
            WorkloadoptimizationV1RecommendedPodCountChangedEvent | Unset
        )
        if isinstance(_recommended_pod_count_changed, Unset):
            recommended_pod_count_changed = UNSET
        else:
            recommended_pod_count_changed = (
                WorkloadoptimizationV1RecommendedPodCountChangedEvent.from_dict(
                    _recommended_pod_count_changed
                )
            )

        _recommended_requests_changed = d.pop("recommendedRequestsChanged", UNSET)
        recommended_requests_changed: (
            WorkloadoptimizationV1RecommendedRequestsChangedEvent | Unset
        )
        if isinstance(_recommended_requests_changed, Unset):
            recommended_requests_changed = UNSET
        else:
            recommended_requests_changed = (
                WorkloadoptimizationV1RecommendedRequestsChangedEvent.from_dict(
                    _recommended_requests_changed
                )
            )

        _scaling_policy_assigned = d.pop("scalingPolicyAssigned", UNSET)
        scaling_policy_assigned: WorkloadoptimizationV1ScalingPolicyAssigned | Unset
        if isinstance(_scaling_policy_assigned, Unset):
            scaling_policy_assigned = UNSET
        else:
            scaling_policy_assigned = (
                WorkloadoptimizationV1ScalingPolicyAssigned.from_dict(
                    _scaling_policy_assigned
                )
            )

        _scaling_policy_created = d.pop("scalingPolicyCreated", UNSET)
        scaling_policy_created: WorkloadoptimizationV1ScalingPolicyCreated | Unset
        if isinstance(_scaling_policy_created, Unset):
            scaling_policy_created = UNSET
        else:
            scaling_policy_created = (
                WorkloadoptimizationV1ScalingPolicyCreated.from_dict(
                    _scaling_policy_created
                )
            )

        _scaling_policy_deleted = d.pop("scalingPolicyDeleted", UNSET)
        scaling_policy_deleted: WorkloadoptimizationV1ScalingPolicyDeleted | Unset
        if isinstance(_scaling_policy_deleted, Unset):
            scaling_policy_deleted = UNSET
        else:
            scaling_policy_deleted = (
                WorkloadoptimizationV1ScalingPolicyDeleted.from_dict(
                    _scaling_policy_deleted
                )
            )

        _scaling_policy_order_updated = d.pop("scalingPolicyOrderUpdated", UNSET)
        scaling_policy_order_updated: (
            WorkloadoptimizationV1ScalingPolicyOrderUpdatedEvent | Unset
        )
        if isinstance(_scaling_policy_order_updated, Unset):
            scaling_policy_order_updated = UNSET
        else:
            scaling_policy_order_updated = (
                WorkloadoptimizationV1ScalingPolicyOrderUpdatedEvent.from_dict(
                    _scaling_policy_order_updated
                )
            )

        _scaling_policy_updated = d.pop("scalingPolicyUpdated", UNSET)
        scaling_policy_updated: WorkloadoptimizationV1ScalingPolicyUpdated | Unset
        if isinstance(_scaling_policy_updated, Unset):
            scaling_policy_updated = UNSET
        else:
            scaling_policy_updated = (
                WorkloadoptimizationV1ScalingPolicyUpdated.from_dict(
                    _scaling_policy_updated
                )
            )

        _startup_failure = d.pop("startupFailure", UNSET)
        startup_failure: WorkloadoptimizationV1StartupFailureEvent | Unset
        if isinstance(_startup_failure, Unset):
            startup_failure = UNSET
        else:
            startup_failure = WorkloadoptimizationV1StartupFailureEvent.from_dict(
                _startup_failure
            )

        _surge = d.pop("surge", UNSET)
        surge: WorkloadoptimizationV1SurgeEvent | Unset
        if isinstance(_surge, Unset):
            surge = UNSET
        else:
            surge = WorkloadoptimizationV1SurgeEvent.from_dict(_surge)

        _system_override_reset = d.pop("systemOverrideReset", UNSET)
        system_override_reset: WorkloadoptimizationV1SystemOverrideResetEvent | Unset
        if isinstance(_system_override_reset, Unset):
            system_override_reset = UNSET
        else:
            system_override_reset = (
                WorkloadoptimizationV1SystemOverrideResetEvent.from_dict(
                    _system_override_reset
                )
            )

        _system_override_triggered = d.pop("systemOverrideTriggered", UNSET)
        system_override_triggered: (
            WorkloadoptimizationV1SystemOverrideTriggeredEvent | Unset
        )
        if isinstance(_system_override_triggered, Unset):
            system_override_triggered = UNSET
        else:
            system_override_triggered = (
                WorkloadoptimizationV1SystemOverrideTriggeredEvent.from_dict(
                    _system_override_triggered
                )
            )

        _unbound_memory_growth = d.pop("unboundMemoryGrowth", UNSET)
        unbound_memory_growth: WorkloadoptimizationV1UnboundMemoryGrowthEvent | Unset
        if isinstance(_unbound_memory_growth, Unset):
            unbound_memory_growth = UNSET
        else:
            unbound_memory_growth = (
                WorkloadoptimizationV1UnboundMemoryGrowthEvent.from_dict(
                    _unbound_memory_growth
                )
            )

        workloadoptimization_v1_event = cls(
            configuration_changed_v2=configuration_changed_v2,
            cpu_pressure=cpu_pressure,
            cpu_pressure_resolved=cpu_pressure_resolved,
            failed_hook=failed_hook,
            gpu_recommended_requests_changed=gpu_recommended_requests_changed,
            hpa_almost_maxed_out=hpa_almost_maxed_out,
            hpa_maxed_out=hpa_maxed_out,
            memory_pressure_eviction=memory_pressure_eviction,
            native_vpa_state_changed=native_vpa_state_changed,
            oom_kill=oom_kill,
            recommended_pod_count_changed=recommended_pod_count_changed,
            recommended_requests_changed=recommended_requests_changed,
            scaling_policy_assigned=scaling_policy_assigned,
            scaling_policy_created=scaling_policy_created,
            scaling_policy_deleted=scaling_policy_deleted,
            scaling_policy_order_updated=scaling_policy_order_updated,
            scaling_policy_updated=scaling_policy_updated,
            startup_failure=startup_failure,
            surge=surge,
            system_override_reset=system_override_reset,
            system_override_triggered=system_override_triggered,
            unbound_memory_growth=unbound_memory_growth,
        )

        workloadoptimization_v1_event.additional_properties = d
        return workloadoptimization_v1_event

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
