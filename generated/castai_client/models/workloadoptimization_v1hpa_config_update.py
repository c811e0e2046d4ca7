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
    from ..models.workloadoptimization_v1_horizontal_pod_autoscaler_behavior import (
        WorkloadoptimizationV1HorizontalPodAutoscalerBehavior,
    )
    from ..models.workloadoptimization_v1_metric_spec import (
        WorkloadoptimizationV1MetricSpec,
    )


T = TypeVar("T", bound="WorkloadoptimizationV1HPAConfigUpdate")


@_attrs_define
class WorkloadoptimizationV1HPAConfigUpdate:
    """
    Attributes:
        behavior (WorkloadoptimizationV1HorizontalPodAutoscalerBehavior | Unset):
        management_option (WorkloadoptimizationV1ManagementOption | Unset):
        max_replicas (int | None | Unset):
        metrics (list[WorkloadoptimizationV1MetricSpec] | Unset):
        min_replicas (int | None | Unset):
        take_ownership (bool | None | Unset):
        use_native (bool | None | Unset):
    """

    behavior: WorkloadoptimizationV1HorizontalPodAutoscalerBehavior | Unset = UNSET
    management_option: WorkloadoptimizationV1ManagementOption | Unset = UNSET
    max_replicas: int | None | Unset = UNSET
    metrics: list[WorkloadoptimizationV1MetricSpec] | Unset = UNSET
    min_replicas: int | None | Unset = UNSET
    take_ownership: bool | None | Unset = UNSET
    use_native: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        behavior: dict[str, Any] | Unset = UNSET
        if not isinstance(self.behavior, Unset):
            behavior = self.behavior.to_dict()

        management_option: str | Unset = UNSET
        if not isinstance(self.management_option, Unset):
            management_option = self.management_option

        max_replicas: int | None | Unset
        if isinstance(self.max_replicas, Unset):
            max_replicas = UNSET
        else:
            max_replicas = self.max_replicas

        metrics: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.metrics, Unset):
            metrics = []
            for metrics_item_data in self.metrics:
                metrics_item = metrics_item_data.to_dict()
                metrics.append(metrics_item)

        min_replicas: int | None | Unset
        if isinstance(self.min_replicas, Unset):
            min_replicas = UNSET
        else:
            min_replicas = self.min_replicas

        take_ownership: bool | None | Unset
        if isinstance(self.take_ownership, Unset):
            take_ownership = UNSET
        else:
            take_ownership = self.take_ownership

        use_native: bool | None | Unset
        if isinstance(self.use_native, Unset):
            use_native = UNSET
        else:
            use_native = self.use_native

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if behavior is not UNSET:
            field_dict["behavior"] = behavior
        if management_option is not UNSET:
            field_dict["managementOption"] = management_option
        if max_replicas is not UNSET:
            field_dict["maxReplicas"] = max_replicas
        if metrics is not UNSET:
            field_dict["metrics"] = metrics
        if min_replicas is not UNSET:
            field_dict["minReplicas"] = min_replicas
        if take_ownership is not UNSET:
            field_dict["takeOwnership"] = take_ownership
        if use_native is not UNSET:
            field_dict["useNative"] = use_native

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workloadoptimization_v1_horizontal_pod_autoscaler_behavior import (
            WorkloadoptimizationV1HorizontalPodAutoscalerBehavior,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1_metric_spec import (
            WorkloadoptimizationV1MetricSpec,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _behavior = d.pop("behavior", UNSET)
        behavior: WorkloadoptimizationV1HorizontalPodAutoscalerBehavior | Unset
        if isinstance(_behavior, Unset):
            behavior = UNSET
        else:
            behavior = WorkloadoptimizationV1HorizontalPodAutoscalerBehavior.from_dict(
                _behavior
            )

        _management_option = d.pop("managementOption", UNSET)
        management_option: WorkloadoptimizationV1ManagementOption | Unset
        if isinstance(_management_option, Unset):
            management_option = UNSET
        else:
            management_option = check_workloadoptimization_v1_management_option(
                _management_option
            )

        def _parse_max_replicas(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_replicas = _parse_max_replicas(d.pop("maxReplicas", UNSET))

        _metrics = d.pop("metrics", UNSET)
        metrics: list[WorkloadoptimizationV1MetricSpec] | Unset = UNSET
        if _metrics is not UNSET:
            metrics = []
            for metrics_item_data in _metrics:
                metrics_item = WorkloadoptimizationV1MetricSpec.from_dict(
                    metrics_item_data
                )

                metrics.append(metrics_item)

        def _parse_min_replicas(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        min_replicas = _parse_min_replicas(d.pop("minReplicas", UNSET))

        def _parse_take_ownership(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        take_ownership = _parse_take_ownership(d.pop("takeOwnership", UNSET))

        def _parse_use_native(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        use_native = _parse_use_native(d.pop("useNative", UNSET))

        workloadoptimization_v1hpa_config_update = cls(
            behavior=behavior,
            management_option=management_option,
            max_replicas=max_replicas,
            metrics=metrics,
            min_replicas=min_replicas,
            take_ownership=take_ownership,
            use_native=use_native,
        )

        workloadoptimization_v1hpa_config_update.additional_properties = d
        return workloadoptimization_v1hpa_config_update

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
