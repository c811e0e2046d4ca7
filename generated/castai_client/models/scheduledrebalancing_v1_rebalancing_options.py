from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scheduledrebalancing_v1_aggressive_mode_config import (
        ScheduledrebalancingV1AggressiveModeConfig,
    )
    from ..models.scheduledrebalancing_v1_drain_failure_config import (
        ScheduledrebalancingV1DrainFailureConfig,
    )
    from ..models.scheduledrebalancing_v1_execution_conditions import (
        ScheduledrebalancingV1ExecutionConditions,
    )


T = TypeVar("T", bound="ScheduledrebalancingV1RebalancingOptions")


@_attrs_define
class ScheduledrebalancingV1RebalancingOptions:
    """
    Attributes:
        aggressive_mode (bool | None | Unset):
        aggressive_mode_config (ScheduledrebalancingV1AggressiveModeConfig | Unset):
        drain_failure_config (ScheduledrebalancingV1DrainFailureConfig | Unset):
        evict_gracefully (bool | None | Unset):
        execution_conditions (ScheduledrebalancingV1ExecutionConditions | Unset):
        keep_drain_timeout_nodes (bool | None | Unset):
        max_simultaneous_drains (int | None | Unset):
        min_nodes (int | Unset):
    """

    aggressive_mode: bool | None | Unset = UNSET
    aggressive_mode_config: ScheduledrebalancingV1AggressiveModeConfig | Unset = UNSET
    drain_failure_config: ScheduledrebalancingV1DrainFailureConfig | Unset = UNSET
    evict_gracefully: bool | None | Unset = UNSET
    execution_conditions: ScheduledrebalancingV1ExecutionConditions | Unset = UNSET
    keep_drain_timeout_nodes: bool | None | Unset = UNSET
    max_simultaneous_drains: int | None | Unset = UNSET
    min_nodes: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        aggressive_mode: bool | None | Unset
        if isinstance(self.aggressive_mode, Unset):
            aggressive_mode = UNSET
        else:
            aggressive_mode = self.aggressive_mode

        aggressive_mode_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.aggressive_mode_config, Unset):
            aggressive_mode_config = self.aggressive_mode_config.to_dict()

        drain_failure_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.drain_failure_config, Unset):
            drain_failure_config = self.drain_failure_config.to_dict()

        evict_gracefully: bool | None | Unset
        if isinstance(self.evict_gracefully, Unset):
            evict_gracefully = UNSET
        else:
            evict_gracefully = self.evict_gracefully

        execution_conditions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.execution_conditions, Unset):
            execution_conditions = self.execution_conditions.to_dict()

        keep_drain_timeout_nodes: bool | None | Unset
        if isinstance(self.keep_drain_timeout_nodes, Unset):
            keep_drain_timeout_nodes = UNSET
        else:
            keep_drain_timeout_nodes = self.keep_drain_timeout_nodes

        max_simultaneous_drains: int | None | Unset
        if isinstance(self.max_simultaneous_drains, Unset):
            max_simultaneous_drains = UNSET
        else:
            max_simultaneous_drains = self.max_simultaneous_drains

        min_nodes = self.min_nodes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if aggressive_mode is not UNSET:
            field_dict["aggressiveMode"] = aggressive_mode
        if aggressive_mode_config is not UNSET:
            field_dict["aggressiveModeConfig"] = aggressive_mode_config
        if drain_failure_config is not UNSET:
            field_dict["drainFailureConfig"] = drain_failure_config
        if evict_gracefully is not UNSET:
            field_dict["evictGracefully"] = evict_gracefully
        if execution_conditions is not UNSET:
            field_dict["executionConditions"] = execution_conditions
        if keep_drain_timeout_nodes is not UNSET:
            field_dict["keepDrainTimeoutNodes"] = keep_drain_timeout_nodes
        if max_simultaneous_drains is not UNSET:
            field_dict["maxSimultaneousDrains"] = max_simultaneous_drains
        if min_nodes is not UNSET:
            field_dict["minNodes"] = min_nodes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.scheduledrebalancing_v1_aggressive_mode_config import (
            ScheduledrebalancingV1AggressiveModeConfig,  # noqa: PLC0415
        )
        from ..models.scheduledrebalancing_v1_drain_failure_config import (
            ScheduledrebalancingV1DrainFailureConfig,  # noqa: PLC0415
        )
        from ..models.scheduledrebalancing_v1_execution_conditions import (
            ScheduledrebalancingV1ExecutionConditions,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_aggressive_mode(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        aggressive_mode = _parse_aggressive_mode(d.pop("aggressiveMode", UNSET))

        _aggressive_mode_config = d.pop("aggressiveModeConfig", UNSET)
        aggressive_mode_config: ScheduledrebalancingV1AggressiveModeConfig | Unset
        if isinstance(_aggressive_mode_config, Unset):
            aggressive_mode_config = UNSET
        else:
            aggressive_mode_config = (
                ScheduledrebalancingV1AggressiveModeConfig.from_dict(
                    _aggressive_mode_config
                )
            )

        _drain_failure_config = d.pop("drainFailureConfig", UNSET)
        drain_failure_config: ScheduledrebalancingV1DrainFailureConfig | Unset
        if isinstance(_drain_failure_config, Unset):
            drain_failure_config = UNSET
        else:
            drain_failure_config = ScheduledrebalancingV1DrainFailureConfig.from_dict(
                _drain_failure_config
            )

        def _parse_evict_gracefully(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        evict_gracefully = _parse_evict_gracefully(d.pop("evictGracefully", UNSET))

        _execution_conditions = d.pop("executionConditions", UNSET)
        execution_conditions: ScheduledrebalancingV1ExecutionConditions | Unset
        if isinstance(_execution_conditions, Unset):
            execution_conditions = UNSET
        else:
            execution_conditions = ScheduledrebalancingV1ExecutionConditions.from_dict(
                _execution_conditions
            )

        def _parse_keep_drain_timeout_nodes(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        keep_drain_timeout_nodes = _parse_keep_drain_timeout_nodes(
            d.pop("keepDrainTimeoutNodes", UNSET)
        )

        def _parse_max_simultaneous_drains(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_simultaneous_drains = _parse_max_simultaneous_drains(
            d.pop("maxSimultaneousDrains", UNSET)
        )

        min_nodes = d.pop("minNodes", UNSET)

        scheduledrebalancing_v1_rebalancing_options = cls(
            aggressive_mode=aggressive_mode,
            aggressive_mode_config=aggressive_mode_config,
            drain_failure_config=drain_failure_config,
            evict_gracefully=evict_gracefully,
            execution_conditions=execution_conditions,
            keep_drain_timeout_nodes=keep_drain_timeout_nodes,
            max_simultaneous_drains=max_simultaneous_drains,
            min_nodes=min_nodes,
        )

        scheduledrebalancing_v1_rebalancing_options.additional_properties = d
        return scheduledrebalancing_v1_rebalancing_options

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
