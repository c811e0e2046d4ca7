from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workloadoptimization_v1_apply_type import (
    WorkloadoptimizationV1ApplyType,
    check_workloadoptimization_v1_apply_type,
)
from ..models.workloadoptimization_v1_management_option import (
    WorkloadoptimizationV1ManagementOption,
    check_workloadoptimization_v1_management_option,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workloadoptimization_v1_anomaly_detection_settings import (
        WorkloadoptimizationV1AnomalyDetectionSettings,
    )
    from ..models.workloadoptimization_v1_anti_affinity_settings import (
        WorkloadoptimizationV1AntiAffinitySettings,
    )
    from ..models.workloadoptimization_v1_confidence_settings import (
        WorkloadoptimizationV1ConfidenceSettings,
    )
    from ..models.workloadoptimization_v1_container_config import (
        WorkloadoptimizationV1ContainerConfig,
    )
    from ..models.workloadoptimization_v1_container_constraints_v2 import (
        WorkloadoptimizationV1ContainerConstraintsV2,
    )
    from ..models.workloadoptimization_v1_downscaling_settings import (
        WorkloadoptimizationV1DownscalingSettings,
    )
    from ..models.workloadoptimization_v1_memory_event_settings import (
        WorkloadoptimizationV1MemoryEventSettings,
    )
    from ..models.workloadoptimization_v1_predictive_scaling_settings import (
        WorkloadoptimizationV1PredictiveScalingSettings,
    )
    from ..models.workloadoptimization_v1_resource_config_overrides import (
        WorkloadoptimizationV1ResourceConfigOverrides,
    )
    from ..models.workloadoptimization_v1_startup_settings import (
        WorkloadoptimizationV1StartupSettings,
    )
    from ..models.workloadoptimization_v1hpa_converters import (
        WorkloadoptimizationV1HPAConverters,
    )
    from ..models.workloadoptimization_v1jvm_runtime_configuration import (
        WorkloadoptimizationV1JVMRuntimeConfiguration,
    )


T = TypeVar("T", bound="WorkloadoptimizationV1VerticalOverrides")


@_attrs_define
class WorkloadoptimizationV1VerticalOverrides:
    """
    Attributes:
        anomaly_detection (WorkloadoptimizationV1AnomalyDetectionSettings | Unset):
        anti_affinity (WorkloadoptimizationV1AntiAffinitySettings | Unset):
        apply_type (WorkloadoptimizationV1ApplyType | Unset):
        confidence (WorkloadoptimizationV1ConfidenceSettings | Unset):
        container_constraints (list[WorkloadoptimizationV1ContainerConstraintsV2] | Unset):
        containers (list[WorkloadoptimizationV1ContainerConfig] | Unset):
        cpu (WorkloadoptimizationV1ResourceConfigOverrides | Unset):
        downscaling (WorkloadoptimizationV1DownscalingSettings | Unset):
        excluded_containers (list[str] | Unset):
        hpa_converters (list[WorkloadoptimizationV1HPAConverters] | Unset):
        jvm (WorkloadoptimizationV1JVMRuntimeConfiguration | Unset):
        management_option (WorkloadoptimizationV1ManagementOption | Unset):
        memory (WorkloadoptimizationV1ResourceConfigOverrides | Unset):
        memory_event (WorkloadoptimizationV1MemoryEventSettings | Unset):
        predictive_scaling (WorkloadoptimizationV1PredictiveScalingSettings | Unset):
        startup (WorkloadoptimizationV1StartupSettings | Unset):
    """

    anomaly_detection: WorkloadoptimizationV1AnomalyDetectionSettings | Unset = UNSET
    anti_affinity: WorkloadoptimizationV1AntiAffinitySettings | Unset = UNSET
    apply_type: WorkloadoptimizationV1ApplyType | Unset = UNSET
    confidence: WorkloadoptimizationV1ConfidenceSettings | Unset = UNSET
    container_constraints: (
        list[WorkloadoptimizationV1ContainerConstraintsV2] | Unset
    ) = UNSET
    containers: list[WorkloadoptimizationV1ContainerConfig] | Unset = UNSET
    cpu: WorkloadoptimizationV1ResourceConfigOverrides | Unset = UNSET
    downscaling: WorkloadoptimizationV1DownscalingSettings | Unset = UNSET
    excluded_containers: list[str] | Unset = UNSET
    hpa_converters: list[WorkloadoptimizationV1HPAConverters] | Unset = UNSET
    jvm: WorkloadoptimizationV1JVMRuntimeConfiguration | Unset = UNSET
    management_option: WorkloadoptimizationV1ManagementOption | Unset = UNSET
    memory: WorkloadoptimizationV1ResourceConfigOverrides | Unset = UNSET
    memory_event: WorkloadoptimizationV1MemoryEventSettings | Unset = UNSET
    predictive_scaling: WorkloadoptimizationV1PredictiveScalingSettings | Unset = UNSET
    startup: WorkloadoptimizationV1StartupSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        anomaly_detection: dict[str, Any] | Unset = UNSET
        if not isinstance(self.anomaly_detection, Unset):
            anomaly_detection = self.anomaly_detection.to_dict()

        anti_affinity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.anti_affinity, Unset):
            anti_affinity = self.anti_affinity.to_dict()

        apply_type: str | Unset = UNSET
        if not isinstance(self.apply_type, Unset):
            apply_type = self.apply_type

        confidence: dict[str, Any] | Unset = UNSET
        if not isinstance(self.confidence, Unset):
            confidence = self.confidence.to_dict()

        container_constraints: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.container_constraints, Unset):
            container_constraints = []
            for container_constraints_item_data in self.container_constraints:
                container_constraints_item = container_constraints_item_data.to_dict()
                container_constraints.append(container_constraints_item)

        containers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.containers, Unset):
            containers = []
            for containers_item_data in self.containers:
                containers_item = containers_item_data.to_dict()
                containers.append(containers_item)

        cpu: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cpu, Unset):
            cpu = self.cpu.to_dict()

        downscaling: dict[str, Any] | Unset = UNSET
        if not isinstance(self.downscaling, Unset):
            downscaling = self.downscaling.to_dict()

        excluded_containers: list[str] | Unset = UNSET
        if not isinstance(self.excluded_containers, Unset):
            excluded_containers = self.excluded_containers

        hpa_converters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.hpa_converters, Unset):
            hpa_converters = []
            for hpa_converters_item_data in self.hpa_converters:
                hpa_converters_item = hpa_converters_item_data.to_dict()
                hpa_converters.append(hpa_converters_item)

        jvm: dict[str, Any] | Unset = UNSET
        if not isinstance(self.jvm, Unset):
            jvm = self.jvm.to_dict()

        management_option: str | Unset = UNSET
        if not isinstance(self.management_option, Unset):
            management_option = self.management_option

        memory: dict[str, Any] | Unset = UNSET
        if not isinstance(self.memory, Unset):
            memory = self.memory.to_dict()

        memory_event: dict[str, Any] | Unset = UNSET
        if not isinstance(self.memory_event, Unset):
            memory_event = self.memory_event.to_dict()

        predictive_scaling: dict[str, Any] | Unset = UNSET
        if not isinstance(self.predictive_scaling, Unset):
            predictive_scaling = self.predictive_scaling.to_dict()

        startup: dict[str, Any] | Unset = UNSET
        if not isinstance(self.startup, Unset):
            startup = self.startup.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if anomaly_detection is not UNSET:
            field_dict["anomalyDetection"] = anomaly_detection
        if anti_affinity is not UNSET:
            field_dict["antiAffinity"] = anti_affinity
        if apply_type is not UNSET:
            field_dict["applyType"] = apply_type
        if confidence is not UNSET:
            field_dict["confidence"] = confidence
        if container_constraints is not UNSET:
            field_dict["containerConstraints"] = container_constraints
        if containers is not UNSET:
            field_dict["containers"] = containers
        if cpu is not UNSET:
            field_dict["cpu"] = cpu
        if downscaling is not UNSET:
            field_dict["downscaling"] = downscaling
        if excluded_containers is not UNSET:
            field_dict["excludedContainers"] = excluded_containers
        if hpa_converters is not UNSET:
            field_dict["hpaConverters"] = hpa_converters
        if jvm is not UNSET:
            field_dict["jvm"] = jvm
        if management_option is not UNSET:
            field_dict["managementOption"] = management_option
        if memory is not UNSET:
            field_dict["memory"] = memory
        if memory_event is not UNSET:
            field_dict["memoryEvent"] = memory_event
        if predictive_scaling is not UNSET:
            field_dict["predictiveScaling"] = predictive_scaling
        if startup is not UNSET:
            field_dict["startup"] = startup

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workloadoptimization_v1_anomaly_detection_settings import (
            WorkloadoptimizationV1AnomalyDetectionSettings,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1_anti_affinity_settings import (
            WorkloadoptimizationV1AntiAffinitySettings,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1_confidence_settings import (
            WorkloadoptimizationV1ConfidenceSettings,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1_container_config import (
            WorkloadoptimizationV1ContainerConfig,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1_container_constraints_v2 import (
            WorkloadoptimizationV1ContainerConstraintsV2,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1_downscaling_settings import (
            WorkloadoptimizationV1DownscalingSettings,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1_memory_event_settings import (
            WorkloadoptimizationV1MemoryEventSettings,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1_predictive_scaling_settings import (
            WorkloadoptimizationV1PredictiveScalingSettings,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1_resource_config_overrides import (
            WorkloadoptimizationV1ResourceConfigOverrides,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1_startup_settings import (
            WorkloadoptimizationV1StartupSettings,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1hpa_converters import (
            WorkloadoptimizationV1HPAConverters,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1jvm_runtime_configuration import (
            WorkloadoptimizationV1JVMRuntimeConfiguration,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _anomaly_detection = d.pop("anomalyDetection", UNSET)
        anomaly_detection: WorkloadoptimizationV1AnomalyDetectionSettings | Unset
        if isinstance(_anomaly_detection, Unset):
            anomaly_detection = UNSET
        else:
            anomaly_detection = (
                WorkloadoptimizationV1AnomalyDetectionSettings.from_dict(
                    _anomaly_detection
                )
            )

        _anti_affinity = d.pop("antiAffinity", UNSET)
        anti_affinity: WorkloadoptimizationV1AntiAffinitySettings | Unset
        if isinstance(_anti_affinity, Unset):
            anti_affinity = UNSET
        else:
            anti_affinity = WorkloadoptimizationV1AntiAffinitySettings.from_dict(
                _anti_affinity
            )

        _apply_type = d.pop("applyType", UNSET)
        apply_type: WorkloadoptimizationV1ApplyType | Unset
        if isinstance(_apply_type, Unset):
            apply_type = UNSET
        else:
            apply_type = check_workloadoptimization_v1_apply_type(_apply_type)

        _confidence = d.pop("confidence", UNSET)
        confidence: WorkloadoptimizationV1ConfidenceSettings | Unset
        if isinstance(_confidence, Unset):
            confidence = UNSET
        else:
            confidence = WorkloadoptimizationV1ConfidenceSettings.from_dict(_confidence)

        _container_constraints = d.pop("containerConstraints", UNSET)
        container_constraints: (
            list[WorkloadoptimizationV1ContainerConstraintsV2] | Unset
        ) = UNSET
        if _container_constraints is not UNSET:
            container_constraints = []
            for container_constraints_item_data in _container_constraints:
                container_constraints_item = (
                    WorkloadoptimizationV1ContainerConstraintsV2.from_dict(
                        container_constraints_item_data
                    )
                )

                container_constraints.append(container_constraints_item)

        _containers = d.pop("containers", UNSET)
        containers: list[WorkloadoptimizationV1ContainerConfig] | Unset = UNSET
        if _containers is not UNSET:
            containers = []
            for containers_item_data in _containers:
                containers_item = WorkloadoptimizationV1ContainerConfig.from_dict(
                    containers_item_data
                )

                containers.append(containers_item)

        _cpu = d.pop("cpu", UNSET)
        cpu: WorkloadoptimizationV1ResourceConfigOverrides | Unset
        if isinstance(_cpu, Unset):
            cpu = UNSET
        else:
            cpu = WorkloadoptimizationV1ResourceConfigOverrides.from_dict(_cpu)

        _downscaling = d.pop("downscaling", UNSET)
        downscaling: WorkloadoptimizationV1DownscalingSettings | Unset
        if isinstance(_downscaling, Unset):
            downscaling = UNSET
        else:
            downscaling = WorkloadoptimizationV1DownscalingSettings.from_dict(
                _downscaling
            )

        excluded_containers = cast(list[str], d.pop("excludedContainers", UNSET))

        _hpa_converters = d.pop("hpaConverters", UNSET)
        hpa_converters: list[WorkloadoptimizationV1HPAConverters] | Unset = UNSET
        if _hpa_converters is not UNSET:
            hpa_converters = []
            for hpa_converters_item_data in _hpa_converters:
                hpa_converters_item = WorkloadoptimizationV1HPAConverters.from_dict(
                    hpa_converters_item_data
                )

                hpa_converters.append(hpa_converters_item)

        _jvm = d.pop("jvm", UNSET)
        jvm: WorkloadoptimizationV1JVMRuntimeConfiguration | Unset
        if isinstance(_jvm, Unset):
            jvm = UNSET
        else:
            jvm = WorkloadoptimizationV1JVMRuntimeConfiguration.from_dict(_jvm)

        _management_option = d.pop("managementOption", UNSET)
        management_option: WorkloadoptimizationV1ManagementOption | Unset
        if isinstance(_management_option, Unset):
            management_option = UNSET
        else:
            management_option = check_workloadoptimization_v1_management_option(
                _management_option
            )

        _memory = d.pop("memory", UNSET)
        memory: WorkloadoptimizationV1ResourceConfigOverrides | Unset
        if isinstance(_memory, Unset):
            memory = UNSET
        else:
            memory = WorkloadoptimizationV1ResourceConfigOverrides.from_dict(_memory)

        _memory_event = d.pop("memoryEvent", UNSET)
        memory_event: WorkloadoptimizationV1MemoryEventSettings | Unset
        if isinstance(_memory_event, Unset):
            memory_event = UNSET
        else:
            memory_event = WorkloadoptimizationV1MemoryEventSettings.from_dict(
                _memory_event
            )

        _predictive_scaling = d.pop("predictiveScaling", UNSET)
        predictive_scaling: WorkloadoptimizationV1PredictiveScalingSettings | Unset
        if isinstance(_predictive_scaling, Unset):
            predictive_scaling = UNSET
        else:
            predictive_scaling = (
                WorkloadoptimizationV1PredictiveScalingSettings.from_dict(
                    _predictive_scaling
                )
            )

        _startup = d.pop("startup", UNSET)
        startup: WorkloadoptimizationV1StartupSettings | Unset
        if isinstance(_startup, Unset):
            startup = UNSET
        else:
            startup = WorkloadoptimizationV1StartupSettings.from_dict(_startup)

        workloadoptimization_v1_vertical_overrides = cls(
            anomaly_detection=anomaly_detection,
            anti_affinity=anti_affinity,
            apply_type=apply_type,
            confidence=confidence,
            container_constraints=container_constraints,
            containers=containers,
            cpu=cpu,
            downscaling=downscaling,
            excluded_containers=excluded_containers,
            hpa_converters=hpa_converters,
            jvm=jvm,
            management_option=management_option,
            memory=memory,
            memory_event=memory_event,
            predictive_scaling=predictive_scaling,
            startup=startup,
        )

        workloadoptimization_v1_vertical_overrides.additional_properties = d
        return workloadoptimization_v1_vertical_overrides

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
