from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workloadoptimization_v1_management_option import (
    WorkloadoptimizationV1ManagementOption,
    check_workloadoptimization_v1_management_option,
)
from ..models.workloadoptimization_v1_resource_config_function import (
    WorkloadoptimizationV1ResourceConfigFunction,
    check_workloadoptimization_v1_resource_config_function,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workloadoptimization_v1_apply_threshold_strategy import (
        WorkloadoptimizationV1ApplyThresholdStrategy,
    )
    from ..models.workloadoptimization_v1_constraints_v2 import (
        WorkloadoptimizationV1ConstraintsV2,
    )
    from ..models.workloadoptimization_v1_resource_limit_strategy import (
        WorkloadoptimizationV1ResourceLimitStrategy,
    )


T = TypeVar("T", bound="WorkloadoptimizationV1ResourceConfig")


@_attrs_define
class WorkloadoptimizationV1ResourceConfig:
    """
    Attributes:
        args (list[str]):
        function (WorkloadoptimizationV1ResourceConfigFunction):
        overhead (float):
        apply_threshold (float | None | Unset):
        apply_threshold_strategy (WorkloadoptimizationV1ApplyThresholdStrategy | Unset):
        constraints (WorkloadoptimizationV1ConstraintsV2 | Unset):
        limit (WorkloadoptimizationV1ResourceLimitStrategy | Unset):
        look_back_period_seconds (int | None | Unset):
        management_option (WorkloadoptimizationV1ManagementOption | Unset):
        max_ (float | None | Unset):
        min_ (float | None | Unset):
    """

    args: list[str]
    function: WorkloadoptimizationV1ResourceConfigFunction
    overhead: float
    apply_threshold: float | None | Unset = UNSET
    apply_threshold_strategy: WorkloadoptimizationV1ApplyThresholdStrategy | Unset = (
        UNSET
    )
    constraints: WorkloadoptimizationV1ConstraintsV2 | Unset = UNSET
    limit: WorkloadoptimizationV1ResourceLimitStrategy | Unset = UNSET
    look_back_period_seconds: int | None | Unset = UNSET
    management_option: WorkloadoptimizationV1ManagementOption | Unset = UNSET
    max_: float | None | Unset = UNSET
    min_: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        args = self.args

        function: str = self.function

        overhead = self.overhead

        apply_threshold: float | None | Unset
        if isinstance(self.apply_threshold, Unset):
            apply_threshold = UNSET
        else:
            apply_threshold = self.apply_threshold

        apply_threshold_strategy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.apply_threshold_strategy, Unset):
            apply_threshold_strategy = self.apply_threshold_strategy.to_dict()

        constraints: dict[str, Any] | Unset = UNSET
        if not isinstance(self.constraints, Unset):
            constraints = self.constraints.to_dict()

        limit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.limit, Unset):
            limit = self.limit.to_dict()

        look_back_period_seconds: int | None | Unset
        if isinstance(self.look_back_period_seconds, Unset):
            look_back_period_seconds = UNSET
        else:
            look_back_period_seconds = self.look_back_period_seconds

        management_option: str | Unset = UNSET
        if not isinstance(self.management_option, Unset):
            management_option = self.management_option

        max_: float | None | Unset
        if isinstance(self.max_, Unset):
            max_ = UNSET
        else:
            max_ = self.max_

        min_: float | None | Unset
        if isinstance(self.min_, Unset):
            min_ = UNSET
        else:
            min_ = self.min_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "args": args,
                "function": function,
                "overhead": overhead,
            }
        )
        if apply_threshold is not UNSET:
            field_dict["applyThreshold"] = apply_threshold
        if apply_threshold_strategy is not UNSET:
            field_dict["applyThresholdStrategy"] = apply_threshold_strategy
        if constraints is not UNSET:
            field_dict["constraints"] = constraints
        if limit is not UNSET:
            field_dict["limit"] = limit
        if look_back_period_seconds is not UNSET:
            field_dict["lookBackPeriodSeconds"] = look_back_period_seconds
        if management_option is not UNSET:
            field_dict["managementOption"] = management_option
        if max_ is not UNSET:
            field_dict["max"] = max_
        if min_ is not UNSET:
            field_dict["min"] = min_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workloadoptimization_v1_apply_threshold_strategy import (
            WorkloadoptimizationV1ApplyThresholdStrategy,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1_constraints_v2 import (
            WorkloadoptimizationV1ConstraintsV2,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1_resource_limit_strategy import (
            WorkloadoptimizationV1ResourceLimitStrategy,  # noqa: PLC0415
        )

        d = dict(src_dict)
        args = cast(list[str], d.pop("args"))

        function = check_workloadoptimization_v1_resource_config_function(
            d.pop("function")
        )

        overhead = d.pop("overhead")

        def _parse_apply_threshold(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        apply_threshold = _parse_apply_threshold(d.pop("applyThreshold", UNSET))

        _apply_threshold_strategy = d.pop("applyThresholdStrategy", UNSET)
        apply_threshold_strategy: WorkloadoptimizationV1ApplyThresholdStrategy | Unset
        if isinstance(_apply_threshold_strategy, Unset):
            apply_threshold_strategy = UNSET
        else:
            apply_threshold_strategy = (
                WorkloadoptimizationV1ApplyThresholdStrategy.from_dict(
                    _apply_threshold_strategy
                )
            )

        _constraints = d.pop("constraints", UNSET)
        constraints: WorkloadoptimizationV1ConstraintsV2 | Unset
        if isinstance(_constraints, Unset):
            constraints = UNSET
        else:
            constraints = WorkloadoptimizationV1ConstraintsV2.from_dict(_constraints)

        _limit = d.pop("limit", UNSET)
        limit: WorkloadoptimizationV1ResourceLimitStrategy | Unset
        if isinstance(_limit, Unset):
            limit = UNSET
        else:
            limit = WorkloadoptimizationV1ResourceLimitStrategy.from_dict(_limit)

        def _parse_look_back_period_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        look_back_period_seconds = _parse_look_back_period_seconds(
            d.pop("lookBackPeriodSeconds", UNSET)
        )

        _management_option = d.pop("managementOption", UNSET)
        management_option: WorkloadoptimizationV1ManagementOption | Unset
        if isinstance(_management_option, Unset):
            management_option = UNSET
        else:
            management_option = check_workloadoptimization_v1_management_option(
                _management_option
            )

        def _parse_max_(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        max_ = _parse_max_(d.pop("max", UNSET))

        def _parse_min_(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        min_ = _parse_min_(d.pop("min", UNSET))

        workloadoptimization_v1_resource_config = cls(
            args=args,
            function=function,
            overhead=overhead,
            apply_threshold=apply_threshold,
            apply_threshold_strategy=apply_threshold_strategy,
            constraints=constraints,
            limit=limit,
            look_back_period_seconds=look_back_period_seconds,
            management_option=management_option,
            max_=max_,
            min_=min_,
        )

        workloadoptimization_v1_resource_config.additional_properties = d
        return workloadoptimization_v1_resource_config

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
