from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workloadoptimization_v1_management_option import (
    WorkloadoptimizationV1ManagementOption,
    check_workloadoptimization_v1_management_option,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workloadoptimization_v1_anti_affinity_settings import (
        WorkloadoptimizationV1AntiAffinitySettings,
    )
    from ..models.workloadoptimization_v1_container_config_update import (
        WorkloadoptimizationV1ContainerConfigUpdate,
    )
    from ..models.workloadoptimization_v1_memory_event_settings import (
        WorkloadoptimizationV1MemoryEventSettings,
    )
    from ..models.workloadoptimization_v1_predictive_scaling_settings import (
        WorkloadoptimizationV1PredictiveScalingSettings,
    )
    from ..models.workloadoptimization_v1_workload_resource_config_update import (
        WorkloadoptimizationV1WorkloadResourceConfigUpdate,
    )
    from ..models.workloadoptimization_v1jvm_runtime_configuration_update import (
        WorkloadoptimizationV1JVMRuntimeConfigurationUpdate,
    )


T = TypeVar("T", bound="WorkloadoptimizationV1VPAConfigUpdate")


@_attrs_define
class WorkloadoptimizationV1VPAConfigUpdate:
    """
    Attributes:
        anti_affinity (WorkloadoptimizationV1AntiAffinitySettings | Unset):
        container_config (list[WorkloadoptimizationV1ContainerConfigUpdate] | Unset):
        cpu (WorkloadoptimizationV1WorkloadResourceConfigUpdate | Unset):
        excluded_containers (list[str] | Unset):
        jvm (WorkloadoptimizationV1JVMRuntimeConfigurationUpdate | Unset):
        management_option (WorkloadoptimizationV1ManagementOption | Unset):
        memory (WorkloadoptimizationV1WorkloadResourceConfigUpdate | Unset):
        memory_event (WorkloadoptimizationV1MemoryEventSettings | Unset):
        predictive_scaling (WorkloadoptimizationV1PredictiveScalingSettings | Unset):
    """

    anti_affinity: WorkloadoptimizationV1AntiAffinitySettings | Unset = UNSET
    container_config: list[WorkloadoptimizationV1ContainerConfigUpdate] | Unset = UNSET
    cpu: WorkloadoptimizationV1WorkloadResourceConfigUpdate | Unset = UNSET
    excluded_containers: list[str] | Unset = UNSET
    jvm: WorkloadoptimizationV1JVMRuntimeConfigurationUpdate | Unset = UNSET
    management_option: WorkloadoptimizationV1ManagementOption | Unset = UNSET
    memory: WorkloadoptimizationV1WorkloadResourceConfigUpdate | Unset = UNSET
    memory_event: WorkloadoptimizationV1MemoryEventSettings | Unset = UNSET
    predictive_scaling: WorkloadoptimizationV1PredictiveScalingSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        anti_affinity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.anti_affinity, Unset):
            anti_affinity = self.anti_affinity.to_dict()

        container_config: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.container_config, Unset):
            container_config = []
            for container_config_item_data in self.container_config:
                container_config_item = container_config_item_data.to_dict()
                container_config.append(container_config_item)

        cpu: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cpu, Unset):
            cpu = self.cpu.to_dict()

        excluded_containers: list[str] | Unset = UNSET
        if not isinstance(self.excluded_containers, Unset):
            excluded_containers = self.excluded_containers

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if anti_affinity is not UNSET:
            field_dict["antiAffinity"] = anti_affinity
        if container_config is not UNSET:
            field_dict["containerConfig"] = container_config
        if cpu is not UNSET:
            field_dict["cpu"] = cpu
        if excluded_containers is not UNSET:
            field_dict["excludedContainers"] = excluded_containers
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workloadoptimization_v1_anti_affinity_settings import (
            WorkloadoptimizationV1AntiAffinitySettings,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1_container_config_update import (
            WorkloadoptimizationV1ContainerConfigUpdate,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1_memory_event_settings import (
            WorkloadoptimizationV1MemoryEventSettings,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1_predictive_scaling_settings import (
            WorkloadoptimizationV1PredictiveScalingSettings,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1_workload_resource_config_update import (
            WorkloadoptimizationV1WorkloadResourceConfigUpdate,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1jvm_runtime_configuration_update import (
            WorkloadoptimizationV1JVMRuntimeConfigurationUpdate,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _anti_affinity = d.pop("antiAffinity", UNSET)
        anti_affinity: WorkloadoptimizationV1AntiAffinitySettings | Unset
        if isinstance(_anti_affinity, Unset):
            anti_affinity = UNSET
        else:
            anti_affinity = WorkloadoptimizationV1AntiAffinitySettings.from_dict(
                _anti_affinity
            )

        _container_config = d.pop("containerConfig", UNSET)
        container_config: list[WorkloadoptimizationV1ContainerConfigUpdate] | Unset = (
            UNSET
        )
        if _container_config is not UNSET:
            container_config = []
            for container_config_item_data in _container_config:
                container_config_item = (
                    WorkloadoptimizationV1ContainerConfigUpdate.from_dict(
                        container_config_item_data
                    )
                )

                container_config.append(container_config_item)

        _cpu = d.pop("cpu", UNSET)
        cpu: WorkloadoptimizationV1WorkloadResourceConfigUpdate | Unset
        if isinstance(_cpu, Unset):
            cpu = UNSET
        else:
            cpu = WorkloadoptimizationV1WorkloadResourceConfigUpdate.from_dict(_cpu)

        excluded_containers = cast(list[str], d.pop("excludedContainers", UNSET))

        _jvm = d.pop("jvm", UNSET)
        jvm: WorkloadoptimizationV1JVMRuntimeConfigurationUpdate | Unset
        if isinstance(_jvm, Unset):
            jvm = UNSET
        else:
            jvm = WorkloadoptimizationV1JVMRuntimeConfigurationUpdate.from_dict(_jvm)

        _management_option = d.pop("managementOption", UNSET)
        management_option: WorkloadoptimizationV1ManagementOption | Unset
        if isinstance(_management_option, Unset):
            management_option = UNSET
        else:
            management_option = check_workloadoptimization_v1_management_option(
                _management_option
            )

        _memory = d.pop("memory", UNSET)
        memory: WorkloadoptimizationV1WorkloadResourceConfigUpdate | Unset
        if isinstance(_memory, Unset):
            memory = UNSET
        else:
            memory = WorkloadoptimizationV1WorkloadResourceConfigUpdate.from_dict(
                _memory
            )

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

        workloadoptimization_v1vpa_config_update = cls(
            anti_affinity=anti_affinity,
            container_config=container_config,
            cpu=cpu,
            excluded_containers=excluded_containers,
            jvm=jvm,
            management_option=management_option,
            memory=memory,
            memory_event=memory_event,
            predictive_scaling=predictive_scaling,
        )

        workloadoptimization_v1vpa_config_update.additional_properties = d
        return workloadoptimization_v1vpa_config_update

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
