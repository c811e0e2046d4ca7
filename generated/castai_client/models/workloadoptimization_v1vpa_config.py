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
    from ..models.workloadoptimization_v1_container_config import (
        WorkloadoptimizationV1ContainerConfig,
    )
    from ..models.workloadoptimization_v1_container_constraints import (
        WorkloadoptimizationV1ContainerConstraints,
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
    from ..models.workloadoptimization_v1_resource_config import (
        WorkloadoptimizationV1ResourceConfig,
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


T = TypeVar("T", bound="WorkloadoptimizationV1VPAConfig")


@_attrs_define
class WorkloadoptimizationV1VPAConfig:
    """
    Attributes:
        anti_affinity (WorkloadoptimizationV1AntiAffinitySettings):
        apply_type (WorkloadoptimizationV1ApplyType):
        container_constraints (list[WorkloadoptimizationV1ContainerConstraints]):
        containers (list[WorkloadoptimizationV1ContainerConfig]):
        cpu (WorkloadoptimizationV1ResourceConfig):
        management_option (WorkloadoptimizationV1ManagementOption):
        memory (WorkloadoptimizationV1ResourceConfig):
        anomaly_detection (WorkloadoptimizationV1AnomalyDetectionSettings | Unset):
        downscaling (WorkloadoptimizationV1DownscalingSettings | Unset):
        excluded_containers (list[str] | Unset):
        hpa_converters (list[WorkloadoptimizationV1HPAConverters] | Unset):
        jvm (WorkloadoptimizationV1JVMRuntimeConfiguration | Unset):
        memory_event (WorkloadoptimizationV1MemoryEventSettings | Unset):
        predictive_scaling (WorkloadoptimizationV1PredictiveScalingSettings | Unset):
        startup (WorkloadoptimizationV1StartupSettings | Unset):
    """

    anti_affinity: WorkloadoptimizationV1AntiAffinitySettings
    apply_type: WorkloadoptimizationV1ApplyType
    container_constraints: list[WorkloadoptimizationV1ContainerConstraints]
    containers: list[WorkloadoptimizationV1ContainerConfig]
    cpu: WorkloadoptimizationV1ResourceConfig
    management_option: WorkloadoptimizationV1ManagementOption
    memory: WorkloadoptimizationV1ResourceConfig
    anomaly_detection: WorkloadoptimizationV1AnomalyDetectionSettings | Unset = UNSET
    downscaling: WorkloadoptimizationV1DownscalingSettings | Unset = UNSET
    excluded_containers: list[str] | Unset = UNSET
    hpa_converters: list[WorkloadoptimizationV1HPAConverters] | Unset = UNSET
    jvm: WorkloadoptimizationV1JVMRuntimeConfiguration | Unset = UNSET
    memory_event: WorkloadoptimizationV1MemoryEventSettings | Unset = UNSET
    predictive_scaling: WorkloadoptimizationV1PredictiveScalingSettings | Unset = UNSET
    startup: WorkloadoptimizationV1StartupSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        anti_affinity = self.anti_affinity.to_dict()

        apply_type: str = self.apply_type

        container_constraints = []
        for container_constraints_item_data in self.container_constraints:
            container_constraints_item = container_constraints_item_data.to_dict()
            container_constraints.append(container_constraints_item)

        containers = []
        for containers_item_data in self.containers:
            containers_item = containers_item_data.to_dict()
            containers.append(containers_item)

        cpu = self.cpu.to_dict()

        management_option: str = self.management_option

        memory = self.memory.to_dict()

        anomaly_detection: dict[str, Any] | Unset = UNSET
        if not isinstance(self.anomaly_detection, Unset):
            anomaly_detection = self.anomaly_detection.to_dict()

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
        field_dict.update(
            {
                "antiAffinity": anti_affinity,
                "applyType": apply_type,
                "containerConstraints": container_constraints,
                "containers": containers,
                "cpu": cpu,
                "managementOption": management_option,
                "memory": memory,
            }
        )
        if anomaly_detection is not UNSET:
            field_dict["anomalyDetection"] = anomaly_detection
        if downscaling is not UNSET:
            field_dict["downscaling"] = downscaling
        if excluded_containers is not UNSET:
            field_dict["excludedContainers"] = excluded_containers
        if hpa_converters is not UNSET:
            field_dict["hpaConverters"] = hpa_converters
        if jvm is not UNSET:
            field_dict["jvm"] = jvm
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
        from ..models.workloadoptimization_v1_container_config import (
            WorkloadoptimizationV1ContainerConfig,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1_container_constraints import (
            WorkloadoptimizationV1ContainerConstraints,  # noqa: PLC0415
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
        from ..models.workloadoptimization_v1_resource_config import (
            WorkloadoptimizationV1ResourceConfig,  # noqa: PLC0415
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
        anti_affinity = WorkloadoptimizationV1AntiAffinitySettings.from_dict(
            d.pop("antiAffinity")
        )

        apply_type = check_workloadoptimization_v1_apply_type(d.pop("applyType"))

        container_constraints = []
        _container_constraints = d.pop("containerConstraints")
        for container_constraints_item_data in _container_constraints:
            container_constraints_item = (
                WorkloadoptimizationV1ContainerConstraints.from_dict(
                    container_constraints_item_data
                )
            )

            container_constraints.append(container_constraints_item)

        containers = []
        _containers = d.pop("containers")
        for containers_item_data in _containers:
            containers_item = WorkloadoptimizationV1ContainerConfig.from_dict(
                containers_item_data
            )

            containers.append(containers_item)

        cpu = WorkloadoptimizationV1ResourceConfig.from_dict(d.pop("cpu"))

        management_option = check_workloadoptimization_v1_management_option(
            d.pop("managementOption")
        )

        memory = WorkloadoptimizationV1ResourceConfig.from_dict(d.pop("memory"))

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

        workloadoptimization_v1vpa_config = cls(
            anti_affinity=anti_affinity,
            apply_type=apply_type,
            container_constraints=container_constraints,
            containers=containers,
            cpu=cpu,
            management_option=management_option,
            memory=memory,
            anomaly_detection=anomaly_detection,
            downscaling=downscaling,
            excluded_containers=excluded_containers,
            hpa_converters=hpa_converters,
            jvm=jvm,
            memory_event=memory_event,
            predictive_scaling=predictive_scaling,
            startup=startup,
        )

        workloadoptimization_v1vpa_config.additional_properties = d
        return workloadoptimization_v1vpa_config

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
