from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TemplateConstraints")


@_attrs_define
class TemplateConstraints:
    """Limits on the instances a node template may choose.

    Attributes:
        architectures (list[str] | Unset):  Example: ['amd64'].
        azs (list[str] | Unset):  Example: ['us-east-1a', 'us-east-1b'].
        compute_optimized (bool | None | Unset):
        enable_spot_diversity (bool | None | Unset):
        fallback_restore_rate_seconds (int | None | Unset):  Example: 1800.
        is_gpu_only (bool | None | Unset):  Example: False.
        max_cpu (int | None | Unset):  Example: 32.
        max_memory (int | None | Unset): MiB. Example: 131072.
        min_cpu (int | None | Unset):  Example: 2.
        min_memory (int | None | Unset): MiB. Example: 4096.
        on_demand (bool | None | Unset):  Example: False.
        os (list[str] | Unset):  Example: ['linux'].
        spot (bool | None | Unset):  Example: True.
        spot_diversity_price_increase_limit_percent (int | None | Unset):
        spot_interruption_predictions_enabled (bool | None | Unset):
        storage_optimized (bool | None | Unset):
        use_spot_fallbacks (bool | None | Unset):  Example: True.
    """

    architectures: list[str] | Unset = UNSET
    azs: list[str] | Unset = UNSET
    compute_optimized: bool | None | Unset = UNSET
    enable_spot_diversity: bool | None | Unset = UNSET
    fallback_restore_rate_seconds: int | None | Unset = UNSET
    is_gpu_only: bool | None | Unset = UNSET
    max_cpu: int | None | Unset = UNSET
    max_memory: int | None | Unset = UNSET
    min_cpu: int | None | Unset = UNSET
    min_memory: int | None | Unset = UNSET
    on_demand: bool | None | Unset = UNSET
    os: list[str] | Unset = UNSET
    spot: bool | None | Unset = UNSET
    spot_diversity_price_increase_limit_percent: int | None | Unset = UNSET
    spot_interruption_predictions_enabled: bool | None | Unset = UNSET
    storage_optimized: bool | None | Unset = UNSET
    use_spot_fallbacks: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        architectures: list[str] | Unset = UNSET
        if not isinstance(self.architectures, Unset):
            architectures = self.architectures

        azs: list[str] | Unset = UNSET
        if not isinstance(self.azs, Unset):
            azs = self.azs

        compute_optimized: bool | None | Unset
        if isinstance(self.compute_optimized, Unset):
            compute_optimized = UNSET
        else:
            compute_optimized = self.compute_optimized

        enable_spot_diversity: bool | None | Unset
        if isinstance(self.enable_spot_diversity, Unset):
            enable_spot_diversity = UNSET
        else:
            enable_spot_diversity = self.enable_spot_diversity

        fallback_restore_rate_seconds: int | None | Unset
        if isinstance(self.fallback_restore_rate_seconds, Unset):
            fallback_restore_rate_seconds = UNSET
        else:
            fallback_restore_rate_seconds = self.fallback_restore_rate_seconds

        is_gpu_only: bool | None | Unset
        if isinstance(self.is_gpu_only, Unset):
            is_gpu_only = UNSET
        else:
            is_gpu_only = self.is_gpu_only

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
        if architectures is not UNSET:
            field_dict["architectures"] = architectures
        if azs is not UNSET:
            field_dict["azs"] = azs
        if compute_optimized is not UNSET:
            field_dict["computeOptimized"] = compute_optimized
        if enable_spot_diversity is not UNSET:
            field_dict["enableSpotDiversity"] = enable_spot_diversity
        if fallback_restore_rate_seconds is not UNSET:
            field_dict["fallbackRestoreRateSeconds"] = fallback_restore_rate_seconds
        if is_gpu_only is not UNSET:
            field_dict["isGpuOnly"] = is_gpu_only
        if max_cpu is not UNSET:
            field_dict["maxCpu"] = max_cpu
        if max_memory is not UNSET:
            field_dict["maxMemory"] = max_memory
        if min_cpu is not UNSET:
            field_dict["minCpu"] = min_cpu
        if min_memory is not UNSET:
            field_dict["minMemory"] = min_memory
        if on_demand is not UNSET:
            field_dict["onDemand"] = on_demand
        if os is not UNSET:
            field_dict["os"] = os
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
        if storage_optimized is not UNSET:
            field_dict["storageOptimized"] = storage_optimized
        if use_spot_fallbacks is not UNSET:
            field_dict["useSpotFallbacks"] = use_spot_fallbacks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        architectures = cast(list[str], d.pop("architectures", UNSET))

        azs = cast(list[str], d.pop("azs", UNSET))

        def _parse_compute_optimized(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        compute_optimized = _parse_compute_optimized(d.pop("computeOptimized", UNSET))

        def _parse_enable_spot_diversity(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enable_spot_diversity = _parse_enable_spot_diversity(
            d.pop("enableSpotDiversity", UNSET)
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

        def _parse_is_gpu_only(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_gpu_only = _parse_is_gpu_only(d.pop("isGpuOnly", UNSET))

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

        template_constraints = cls(
            architectures=architectures,
            azs=azs,
            compute_optimized=compute_optimized,
            enable_spot_diversity=enable_spot_diversity,
            fallback_restore_rate_seconds=fallback_restore_rate_seconds,
            is_gpu_only=is_gpu_only,
            max_cpu=max_cpu,
            max_memory=max_memory,
            min_cpu=min_cpu,
            min_memory=min_memory,
            on_demand=on_demand,
            os=os,
            spot=spot,
            spot_diversity_price_increase_limit_percent=spot_diversity_price_increase_limit_percent,
            spot_interruption_predictions_enabled=spot_interruption_predictions_enabled,
            storage_optimized=storage_optimized,
            use_spot_fallbacks=use_spot_fallbacks,
        )

        template_constraints.additional_properties = d
        return template_constraints

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
