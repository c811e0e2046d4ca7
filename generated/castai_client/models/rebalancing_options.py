from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.execution_conditions import ExecutionConditions


T = TypeVar("T", bound="RebalancingOptions")


@_attrs_define
class RebalancingOptions:
    """How a scheduled rebalancing runs.

    Attributes:
        aggressive_mode (bool | None | Unset):  Example: False.
        evict_gracefully (bool | None | Unset):  Example: False.
        execution_conditions (ExecutionConditions | Unset): Condition checked after new nodes are up and before old ones
            are removed.
        keep_drain_timeout_nodes (bool | None | Unset):  Example: False.
        max_simultaneous_drains (int | None | Unset):  Example: 5.
        min_nodes (int | Unset):  Example: 3.
    """

    aggressive_mode: bool | None | Unset = UNSET
    evict_gracefully: bool | None | Unset = UNSET
    execution_conditions: ExecutionConditions | Unset = UNSET
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
        from ..models.execution_conditions import ExecutionConditions  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_aggressive_mode(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        aggressive_mode = _parse_aggressive_mode(d.pop("aggressiveMode", UNSET))

        def _parse_evict_gracefully(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        evict_gracefully = _parse_evict_gracefully(d.pop("evictGracefully", UNSET))

        _execution_conditions = d.pop("executionConditions", UNSET)
        execution_conditions: ExecutionConditions | Unset
        if isinstance(_execution_conditions, Unset):
            execution_conditions = UNSET
        else:
            execution_conditions = ExecutionConditions.from_dict(_execution_conditions)

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

        rebalancing_options = cls(
            aggressive_mode=aggressive_mode,
            evict_gracefully=evict_gracefully,
            execution_conditions=execution_conditions,
            keep_drain_timeout_nodes=keep_drain_timeout_nodes,
            max_simultaneous_drains=max_simultaneous_drains,
            min_nodes=min_nodes,
        )

        rebalancing_options.additional_properties = d
        return rebalancing_options

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
