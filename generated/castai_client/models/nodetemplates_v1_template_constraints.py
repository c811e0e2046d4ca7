from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.nodetemplates_v1_template_constraints_constraint_state import (
    NodetemplatesV1TemplateConstraintsConstraintState,
    check_nodetemplates_v1_template_constraints_constraint_state,
)
from ..models.nodetemplates_v1_template_constraints_cpu_manufacturer import (
    NodetemplatesV1TemplateConstraintsCPUManufacturer,
    check_nodetemplates_v1_template_constraints_cpu_manufacturer,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.nodetemplates_v1_template_constraints_aws_constraints import (
        NodetemplatesV1TemplateConstraintsAWSConstraints,
    )
    from ..models.nodetemplates_v1_template_constraints_custom_priority import (
        NodetemplatesV1TemplateConstraintsCustomPriority,
    )
    from ..models.nodetemplates_v1_template_constraints_dedicated_node_affinity import (
        NodetemplatesV1TemplateConstraintsDedicatedNodeAffinity,
    )
    from ..models.nodetemplates_v1_template_constraints_gcp_constraints import (
        NodetemplatesV1TemplateConstraintsGCPConstraints,
    )
    from ..models.nodetemplates_v1_template_constraints_gpu_constraints import (
        NodetemplatesV1TemplateConstraintsGPUConstraints,
    )
    from ..models.nodetemplates_v1_template_constraints_instance_family_constraints import (
        NodetemplatesV1TemplateConstraintsInstanceFamilyConstraints,
    )
    from ..models.nodetemplates_v1_template_constraints_resource_limits import (
        NodetemplatesV1TemplateConstraintsResourceLimits,
    )


T = TypeVar("T", bound="NodetemplatesV1TemplateConstraints")


@_attrs_define
class NodetemplatesV1TemplateConstraints:
    """
    Attributes:
        architecture_priority (list[str] | Unset):
        architectures (list[str] | Unset):
        aws (NodetemplatesV1TemplateConstraintsAWSConstraints | Unset):
        azs (list[str] | Unset):
        bare_metal (bool | None | Unset):
        burstable (NodetemplatesV1TemplateConstraintsConstraintState | Unset):
        compute_optimized (bool | None | Unset):
        cpu_manufacturers (list[NodetemplatesV1TemplateConstraintsCPUManufacturer] | Unset):
        custom_priority (list[NodetemplatesV1TemplateConstraintsCustomPriority] | Unset):
        customer_specific (NodetemplatesV1TemplateConstraintsConstraintState | Unset):
        dedicated_node_affinity (list[NodetemplatesV1TemplateConstraintsDedicatedNodeAffinity] | Unset):
        enable_spot_diversity (bool | None | Unset):
        enable_spot_reliability (bool | None | Unset):
        fallback_restore_rate_seconds (int | None | Unset):
        gcp (NodetemplatesV1TemplateConstraintsGCPConstraints | Unset):
        gpu (NodetemplatesV1TemplateConstraintsGPUConstraints | Unset):
        instance_families (NodetemplatesV1TemplateConstraintsInstanceFamilyConstraints | Unset):
        is_gpu_only (bool | None | Unset):
        lifecycle_taints_disabled (bool | None | Unset):
        max_cpu (int | None | Unset):
        max_memory (int | None | Unset):
        max_price_per_cpu (float | None | Unset):
        min_cpu (int | None | Unset):
        min_memory (int | None | Unset):
        on_demand (bool | None | Unset):
        os (list[str] | Unset):
        resource_limits (NodetemplatesV1TemplateConstraintsResourceLimits | Unset):
        spot (bool | None | Unset):
        spot_diversity_price_increase_limit_percent (int | None | Unset):
        spot_interruption_predictions_enabled (bool | None | Unset):
        spot_interruption_predictions_type (None | str | Unset):
        spot_reliability_price_increase_limit_percent (int | None | Unset):
        storage_optimized (bool | None | Unset):
        use_spot_fallbacks (bool | None | Unset):
    """

    architecture_priority: list[str] | Unset = UNSET
    architectures: list[str] | Unset = UNSET
    aws: NodetemplatesV1TemplateConstraintsAWSConstraints | Unset = UNSET
    azs: list[str] | Unset = UNSET
    bare_metal: bool | None | Unset = UNSET
    burstable: NodetemplatesV1TemplateConstraintsConstraintState | Unset = UNSET
    compute_optimized: bool | None | Unset = UNSET
    cpu_manufacturers: (
        list[NodetemplatesV1TemplateConstraintsCPUManufacturer] | Unset
    ) = UNSET
    custom_priority: list[NodetemplatesV1TemplateConstraintsCustomPriority] | Unset = (
        UNSET
    )
    customer_specific: NodetemplatesV1TemplateConstraintsConstraintState | Unset = UNSET
    dedicated_node_affinity: (
        list[NodetemplatesV1TemplateConstraintsDedicatedNodeAffinity] | Unset
    ) = UNSET
    enable_spot_diversity: bool | None | Unset = UNSET
    enable_spot_reliability: bool | None | Unset = UNSET
    fallback_restore_rate_seconds: int | None | Unset = UNSET
    gcp: NodetemplatesV1TemplateConstraintsGCPConstraints | Unset = UNSET
    gpu: NodetemplatesV1TemplateConstraintsGPUConstraints | Unset = UNSET
    instance_families: (
        NodetemplatesV1TemplateConstraintsInstanceFamilyConstraints | Unset
    ) = UNSET
    is_gpu_only: bool | None | Unset = UNSET
    lifecycle_taints_disabled: bool | None | Unset = UNSET
    max_cpu: int | None | Unset = UNSET
    max_memory: int | None | Unset = UNSET
    max_price_per_cpu: float | None | Unset = UNSET
    min_cpu: int | None | Unset = UNSET
    min_memory: int | None | Unset = UNSET
    on_demand: bool | None | Unset = UNSET
    os: list[str] | Unset = UNSET
    resource_limits: NodetemplatesV1TemplateConstraintsResourceLimits | Unset = UNSET
    spot: bool | None | Unset = UNSET
    spot_diversity_price_increase_limit_percent: int | None | Unset = UNSET
    spot_interruption_predictions_enabled: bool | None | Unset = UNSET
    spot_interruption_predictions_type: None | str | Unset = UNSET
    spot_reliability_price_increase_limit_percent: int | None | Unset = UNSET
    storage_optimized: bool | None | Unset = UNSET
    use_spot_fallbacks: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        architecture_priority: list[str] | Unset = UNSET
        if not isinstance(self.architecture_priority, Unset):
            architecture_priority = self.architecture_priority

        architectures: list[str] | Unset = UNSET
        if not isinstance(self.architectures, Unset):
            architectures = self.architectures

        aws: dict[str, Any] | Unset = UNSET
        if not isinstance(self.aws, Unset):
            aws = self.aws.to_dict()

        azs: list[str] | Unset = UNSET
        if not isinstance(self.azs, Unset):
            azs = self.azs

        bare_metal: bool | None | Unset
        if isinstance(self.bare_metal, Unset):
            bare_metal = UNSET
        else:
            bare_metal = self.bare_metal

        burstable: str | Unset = UNSET
        if not isinstance(self.burstable, Unset):
            burstable = self.burstable

        compute_optimized: bool | None | Unset
        if isinstance(self.compute_optimized, Unset):
            compute_optimized = UNSET
        else:
            compute_optimized = self.compute_optimized

        cpu_manufacturers: list[str] | Unset = UNSET
        if not isinstance(self.cpu_manufacturers, Unset):
            cpu_manufacturers = []
            for cpu_manufacturers_item_data in self.cpu_manufacturers:
                cpu_manufacturers_item: str = cpu_manufacturers_item_data
                cpu_manufacturers.append(cpu_manufacturers_item)

        custom_priority: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_priority, Unset):
            custom_priority = []
            for custom_priority_item_data in self.custom_priority:
                custom_priority_item = custom_priority_item_data.to_dict()
                custom_priority.append(custom_priority_item)

        customer_specific: str | Unset = UNSET
        if not isinstance(self.customer_specific, Unset):
            customer_specific = self.customer_specific

        dedicated_node_affinity: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.dedicated_node_affinity, Unset):
            dedicated_node_affinity = []
            for dedicated_node_affinity_item_data in self.dedicated_node_affinity:
                dedicated_node_affinity_item = (
                    dedicated_node_affinity_item_data.to_dict()
                )
                dedicated_node_affinity.append(dedicated_node_affinity_item)

        enable_spot_diversity: bool | None | Unset
        if isinstance(self.enable_spot_diversity, Unset):
            enable_spot_diversity = UNSET
        else:
            enable_spot_diversity = self.enable_spot_diversity

        enable_spot_reliability: bool | None | Unset
        if isinstance(self.enable_spot_reliability, Unset):
            enable_spot_reliability = UNSET
        else:
            enable_spot_reliability = self.enable_spot_reliability

        fallback_restore_rate_seconds: int | None | Unset
        if isinstance(self.fallback_restore_rate_seconds, Unset):
            fallback_restore_rate_seconds = UNSET
        else:
            fallback_restore_rate_seconds = self.fallback_restore_rate_seconds

        gcp: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gcp, Unset):
            gcp = self.gcp.to_dict()

        gpu: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gpu, Unset):
            gpu = self.gpu.to_dict()

        instance_families: dict[str, Any] | Unset = UNSET
        if not isinstance(self.instance_families, Unset):
            instance_families = self.instance_families.to_dict()

        is_gpu_only: bool | None | Unset
        if isinstance(self.is_gpu_only, Unset):
            is_gpu_only = UNSET
        else:
            is_gpu_only = self.is_gpu_only

        lifecycle_taints_disabled: bool | None | Unset
        if isinstance(self.lifecycle_taints_disabled, Unset):
            lifecycle_taints_disabled = UNSET
        else:
            lifecycle_taints_disabled = self.lifecycle_taints_disabled

        max_cpu: int | None | Unset
        if isinstance(self.max_cpu, Unset):
            max_cpu = UNSET
        else:
            max_cpu = self.max_cpu

        max_memory: int | None | Unset
        if isinstance(self.max_memory, Unset):
            max_memory = UNSET
        else:
            max_memory = self.max_memory

        max_price_per_cpu: float | None | Unset
        if isinstance(self.max_price_per_cpu, Unset):
            max_price_per_cpu = UNSET
        else:
            max_price_per_cpu = self.max_price_per_cpu

        min_cpu: int | None | Unset
        if isinstance(self.min_cpu, Unset):
            min_cpu = UNSET
        else:
            min_cpu = self.min_cpu

        min_memory: int | None | Unset
        if isinstance(self.min_memory, Unset):
            min_memory = UNSET
        else:
            min_memory = self.min_memory

        on_demand: bool | None | Unset
        if isinstance(self.on_demand, Unset):
            on_demand = UNSET
        else:
            on_demand = self.on_demand

        os: list[str] | Unset = UNSET
        if not isinstance(self.os, Unset):
            os = self.os

        resource_limits: dict[str, Any] | Unset = UNSET
        if not isinstance(self.resource_limits, Unset):
            resource_limits = self.resource_limits.to_dict()

        spot: bool | None | Unset
        if isinstance(self.spot, Unset):
            spot = UNSET
        else:
            spot = self.spot

        spot_diversity_price_increase_limit_percent: int | None | Unset
        if isinstance(self.spot_diversity_price_increase_limit_percent, Unset):
            spot_diversity_price_increase_limit_percent = UNSET
        else:
            spot_diversity_price_increase_limit_percent = (
                self.spot_diversity_price_increase_limit_percent
            )

        spot_interruption_predictions_enabled: bool | None | Unset
        if isinstance(self.spot_interruption_predictions_enabled, Unset):
            spot_interruption_predictions_enabled = UNSET
        else:
            spot_interruption_predictions_enabled = (
                self.spot_interruption_predictions_enabled
            )

        spot_interruption_predictions_type: None | str | Unset
        if isinstance(self.spot_interruption_predictions_type, Unset):
            spot_interruption_predictions_type = UNSET
        else:
            spot_interruption_predictions_type = self.spot_interruption_predictions_type

        spot_reliability_price_increase_limit_percent: int | None | Unset
        if isinstance(self.spot_reliability_price_increase_limit_percent, Unset):
            spot_reliability_price_increase_limit_percent = UNSET
        else:
            spot_reliability_price_increase_limit_percent = (
                self.spot_reliability_price_increase_limit_percent
            )

        storage_optimized: bool | None | Unset
        if isinstance(self.storage_optimized, Unset):
            storage_optimized = UNSET
        else:
            storage_optimized = self.storage_optimized

        use_spot_fallbacks: bool | None | Unset
        if isinstance(self.use_spot_fallbacks, Unset):
            use_spot_fallbacks = UNSET
        else:
            use_spot_fallbacks = self.use_spot_fallbacks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if architecture_priority is not UNSET:
            field_dict["architecturePriority"] = architecture_priority
        if architectures is not UNSET:
            field_dict["architectures"] = architectures
        if aws is not UNSET:
            field_dict["aws"] = aws
        if azs is not UNSET:
            field_dict["azs"] = azs
        if bare_metal is not UNSET:
            field_dict["bareMetal"] = bare_metal
        if burstable is not UNSET:
            field_dict["burstable"] = burstable
        if compute_optimized is not UNSET:
            field_dict["computeOptimized"] = compute_optimized
        if cpu_manufacturers is not UNSET:
            field_dict["cpuManufacturers"] = cpu_manufacturers
        if custom_priority is not UNSET:
            field_dict["customPriority"] = custom_priority
        if customer_specific is not UNSET:
            field_dict["customerSpecific"] = customer_specific
        if dedicated_node_affinity is not UNSET:
            field_dict["dedicatedNodeAffinity"] = dedicated_node_affinity
        if enable_spot_diversity is not UNSET:
            field_dict["enableSpotDiversity"] = enable_spot_diversity
        if enable_spot_reliability is not UNSET:
            field_dict["enableSpotReliability"] = enable_spot_reliability
        if fallback_restore_rate_seconds is not UNSET:
            field_dict["fallbackRestoreRateSeconds"] = fallback_restore_rate_seconds
        if gcp is not UNSET:
            field_dict["gcp"] = gcp
        if gpu is not UNSET:
            field_dict["gpu"] = gpu
        if instance_families is not UNSET:
            field_dict["instanceFamilies"] = instance_families
        if is_gpu_only is not UNSET:
            field_dict["isGpuOnly"] = is_gpu_only
        if lifecycle_taints_disabled is not UNSET:
            field_dict["lifecycleTaintsDisabled"] = lifecycle_taints_disabled
        if max_cpu is not UNSET:
            field_dict["maxCpu"] = max_cpu
        if max_memory is not UNSET:
            field_dict["maxMemory"] = max_memory
        if max_price_per_cpu is not UNSET:
            field_dict["maxPricePerCpu"] = max_price_per_cpu
        if min_cpu is not UNSET:
            field_dict["minCpu"] = min_cpu
        if min_memory is not UNSET:
            field_dict["minMemory"] = min_memory
        if on_demand is not UNSET:
            field_dict["onDemand"] = on_demand
        if os is not UNSET:
            field_dict["os"] = os
        if resource_limits is not UNSET:
            field_dict["resourceLimits"] = resource_limits
        if spot is not UNSET:
            field_dict["spot"] = spot
        if spot_diversity_price_increase_limit_percent is not UNSET:
            field_dict["spotDiversityPriceIncreaseLimitPercent"] = (
                spot_diversity_price_increase_limit_percent
            )
        if spot_interruption_predictions_enabled is not UNSET:
            field_dict["spotInterruptionPredictionsEnabled"] = (
                spot_interruption_predictions_enabled
            )
        if spot_interruption_predictions_type is not UNSET:
            field_dict["spotInterruptionPredictionsType"] = (
                spot_interruption_predictions_type
            )
        if spot_reliability_price_increase_limit_percent is not UNSET:
            field_dict["spotReliabilityPriceIncreaseLimitPercent"] = (
                spot_reliability_price_increase_limit_percent
            )
        if storage_optimized is not UNSET:
            field_dict["storageOptimized"] = storage_optimized
        if use_spot_fallbacks is not UNSET:
            field_dict["useSpotFallbacks"] = use_spot_fallbacks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.nodetemplates_v1_template_constraints_aws_constraints import (
            NodetemplatesV1TemplateConstraintsAWSConstraints,  # noqa: PLC0415
        )
        from ..models.nodetemplates_v1_template_constraints_custom_priority import (
            NodetemplatesV1TemplateConstraintsCustomPriority,  # noqa: PLC0415
        )
        from ..models.nodetemplates_v1_template_constraints_dedicated_node_affinity import (
            NodetemplatesV1TemplateConstraintsDedicatedNodeAffinity,  # noqa: PLC0415
        )
        from ..models.nodetemplates_v1_template_constraints_gcp_constraints import (
            NodetemplatesV1TemplateConstraintsGCPConstraints,  # noqa: PLC0415
        )
        from ..models.nodetemplates_v1_template_constraints_gpu_constraints import (
            NodetemplatesV1TemplateConstraintsGPUConstraints,  # noqa: PLC0415
        )
        from ..models.nodetemplates_v1_template_constraints_instance_family_constraints import (
            NodetemplatesV1TemplateConstraintsInstanceFamilyConstraints,  # noqa: PLC0415
        )
        from ..models.nodetemplates_v1_template_constraints_resource_limits import (
            NodetemplatesV1TemplateConstraintsResourceLimits,  # noqa: PLC0415
        )

        d = dict(src_dict)
        architecture_priority = cast(list[str], d.pop("architecturePriority", UNSET))

        architectures = cast(list[str], d.pop("architectures", UNSET))

        _aws = d.pop("aws", UNSET)
        aws: NodetemplatesV1TemplateConstraintsAWSConstraints | Unset
        if isinstance(_aws, Unset):
            aws = UNSET
        else:
            aws = NodetemplatesV1TemplateConstraintsAWSConstraints.from_dict(_aws)

        azs = cast(list[str], d.pop("azs", UNSET))

        def _parse_bare_metal(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        bare_metal = _parse_bare_metal(d.pop("bareMetal", UNSET))

        _burstable = d.pop("burstable", UNSET)
        burstable: NodetemplatesV1TemplateConstraintsConstraintState | Unset
        if isinstance(_burstable, Unset):
            burstable = UNSET
        else:
            burstable = check_nodetemplates_v1_template_constraints_constraint_state(
                _burstable
            )

        def _parse_compute_optimized(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        compute_optimized = _parse_compute_optimized(d.pop("computeOptimized", UNSET))

        _cpu_manufacturers = d.pop("cpuManufacturers", UNSET)
        cpu_manufacturers: (
            list[NodetemplatesV1TemplateConstraintsCPUManufacturer] | Unset
        ) = UNSET
        if _cpu_manufacturers is not UNSET:
            cpu_manufacturers = []
            for cpu_manufacturers_item_data in _cpu_manufacturers:
                cpu_manufacturers_item = (
                    check_nodetemplates_v1_template_constraints_cpu_manufacturer(
                        cpu_manufacturers_item_data
                    )
                )

                cpu_manufacturers.append(cpu_manufacturers_item)

        _custom_priority = d.pop("customPriority", UNSET)
        custom_priority: (
            list[NodetemplatesV1TemplateConstraintsCustomPriority] | Unset
        ) = UNSET
        if _custom_priority is not UNSET:
            custom_priority = []
            for custom_priority_item_data in _custom_priority:
                custom_priority_item = (
                    NodetemplatesV1TemplateConstraintsCustomPriority.from_dict(
                        custom_priority_item_data
                    )
                )

                custom_priority.append(custom_priority_item)

        _customer_specific = d.pop("customerSpecific", UNSET)
        customer_specific: NodetemplatesV1TemplateConstraintsConstraintState | Unset
        if isinstance(_customer_specific, Unset):
            customer_specific = UNSET
        else:
            customer_specific = (
                check_nodetemplates_v1_template_constraints_constraint_state(
                    _customer_specific
                )
            )

        _dedicated_node_affinity = d.pop("dedicatedNodeAffinity", UNSET)
        dedicated_node_affinity: (
            list[NodetemplatesV1TemplateConstraintsDedicatedNodeAffinity] | Unset
        ) = UNSET
        if _dedicated_node_affinity is not UNSET:
            dedicated_node_affinity = []
            for dedicated_node_affinity_item_data in _dedicated_node_affinity:
                dedicated_node_affinity_item = (
                    NodetemplatesV1TemplateConstraintsDedicatedNodeAffinity.from_dict(
                        dedicated_node_affinity_item_data
                    )
                )

                dedicated_node_affinity.append(dedicated_node_affinity_item)

        def _parse_enable_spot_diversity(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enable_spot_diversity = _parse_enable_spot_diversity(
            d.pop("enableSpotDiversity", UNSET)
        )

        def _parse_enable_spot_reliability(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enable_spot_reliability = _parse_enable_spot_reliability(
            d.pop("enableSpotReliability", UNSET)
        )

        def _parse_fallback_restore_rate_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        fallback_restore_rate_seconds = _parse_fallback_restore_rate_seconds(
            d.pop("fallbackRestoreRateSeconds", UNSET)
        )

        _gcp = d.pop("gcp", UNSET)
        gcp: NodetemplatesV1TemplateConstraintsGCPConstraints | Unset
        if isinstance(_gcp, Unset):
            gcp = UNSET
        else:
            gcp = NodetemplatesV1TemplateConstraintsGCPConstraints.from_dict(_gcp)

        _gpu = d.pop("gpu", UNSET)
        gpu: NodetemplatesV1TemplateConstraintsGPUConstraints | Unset
        if isinstance(_gpu, Unset):
            gpu = UNSET
        else:
            gpu = NodetemplatesV1TemplateConstraintsGPUConstraints.from_dict(_gpu)

        _instance_families = d.pop("instanceFamilies", UNSET)
        instance_families: (
            NodetemplatesV1TemplateConstraintsInstanceFamilyConstraints | Unset
        )
        if isinstance(_instance_families, Unset):
            instance_families = UNSET
        else:
            instance_families = (
                NodetemplatesV1TemplateConstraintsInstanceFamilyConstraints.from_dict(
                    _instance_families
                )
            )

        def _parse_is_gpu_only(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_gpu_only = _parse_is_gpu_only(d.pop("isGpuOnly", UNSET))

        def _parse_lifecycle_taints_disabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        lifecycle_taints_disabled = _parse_lifecycle_taints_disabled(
            d.pop("lifecycleTaintsDisabled", UNSET)
        )

        def _parse_max_cpu(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_cpu = _parse_max_cpu(d.pop("maxCpu", UNSET))

        def _parse_max_memory(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_memory = _parse_max_memory(d.pop("maxMemory", UNSET))

        def _parse_max_price_per_cpu(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        max_price_per_cpu = _parse_max_price_per_cpu(d.pop("maxPricePerCpu", UNSET))

        def _parse_min_cpu(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        min_cpu = _parse_min_cpu(d.pop("minCpu", UNSET))

        def _parse_min_memory(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        min_memory = _parse_min_memory(d.pop("minMemory", UNSET))

        def _parse_on_demand(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        on_demand = _parse_on_demand(d.pop("onDemand", UNSET))

        os = cast(list[str], d.pop("os", UNSET))

        _resource_limits = d.pop("resourceLimits", UNSET)
        resource_limits: NodetemplatesV1TemplateConstraintsResourceLimits | Unset
        if isinstance(_resource_limits, Unset):
            resource_limits = UNSET
        else:
            resource_limits = (
                NodetemplatesV1TemplateConstraintsResourceLimits.from_dict(
                    _resource_limits
                )
            )

        def _parse_spot(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        spot = _parse_spot(d.pop("spot", UNSET))

        def _parse_spot_diversity_price_increase_limit_percent(
            data: object,
        ) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        spot_diversity_price_increase_limit_percent = (
            _parse_spot_diversity_price_increase_limit_percent(
                d.pop("spotDiversityPriceIncreaseLimitPercent", UNSET)
            )
        )

        def _parse_spot_interruption_predictions_enabled(
            data: object,
        ) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        spot_interruption_predictions_enabled = (
            _parse_spot_interruption_predictions_enabled(
                d.pop("spotInterruptionPredictionsEnabled", UNSET)
            )
        )

        def _parse_spot_interruption_predictions_type(
            data: object,
        ) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        spot_interruption_predictions_type = _parse_spot_interruption_predictions_type(
            d.pop("spotInterruptionPredictionsType", UNSET)
        )

        def _parse_spot_reliability_price_increase_limit_percent(
            data: object,
        ) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        spot_reliability_price_increase_limit_percent = (
            _parse_spot_reliability_price_increase_limit_percent(
                d.pop("spotReliabilityPriceIncreaseLimitPercent", UNSET)
            )
        )

        def _parse_storage_optimized(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        storage_optimized = _parse_storage_optimized(d.pop("storageOptimized", UNSET))

        def _parse_use_spot_fallbacks(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        use_spot_fallbacks = _parse_use_spot_fallbacks(d.pop("useSpotFallbacks", UNSET))

        nodetemplates_v1_template_constraints = cls(
            architecture_priority=architecture_priority,
            architectures=architectures,
            aws=aws,
            azs=azs,
            bare_metal=bare_metal,
            burstable=burstable,
            compute_optimized=compute_optimized,
            cpu_manufacturers=cpu_manufacturers,
            custom_priority=custom_priority,
            customer_specific=customer_specific,
            dedicated_node_affinity=dedicated_node_affinity,
            enable_spot_diversity=enable_spot_diversity,
            enable_spot_reliability=enable_spot_reliability,
            fallback_restore_rate_seconds=fallback_restore_rate_seconds,
            gcp=gcp,
            gpu=gpu,
            instance_families=instance_families,
            is_gpu_only=is_gpu_only,
            lifecycle_taints_disabled=lifecycle_taints_disabled,
            max_cpu=max_cpu,
            max_memory=max_memory,
            max_price_per_cpu=max_price_per_cpu,
            min_cpu=min_cpu,
            min_memory=min_memory,
            on_demand=on_demand,
            os=os,
            resource_limits=resource_limits,
            spot=spot,
            spot_diversity_price_increase_limit_percent=spot_diversity_price_increase_limit_percent,
            spot_interruption_predictions_enabled=spot_interruption_predictions_enabled,
            spot_interruption_predictions_type=spot_interruption_predictions_type,
            spot_reliability_price_increase_limit_percent=spot_reliability_price_increase_limit_percent,
            storage_optimized=storage_optimized,
            use_spot_fallbacks=use_spot_fallbacks,
        )

        nodetemplates_v1_template_constraints.additional_properties = d
        return nodetemplates_v1_template_constraints

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
