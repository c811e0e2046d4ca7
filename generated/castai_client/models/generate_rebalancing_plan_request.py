from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rebalancing_node import RebalancingNode


T = TypeVar("T", bound="GenerateRebalancingPlanRequest")


@_attrs_define
class GenerateRebalancingPlanRequest:
    """What to rebalance. Without rebalancingNodes every node is considered.

    Example:
        {'minNodes': 3}

    Attributes:
        aggressive_mode (bool | Unset):  Example: False.
        evict_gracefully (bool | Unset):  Example: False.
        keep_drain_timeout_nodes (bool | Unset):  Example: False.
        min_nodes (int | Unset): Fewest nodes the cluster may be left with. Example: 3.
        rebalancing_nodes (list[RebalancingNode] | Unset):
    """

    aggressive_mode: bool | Unset = UNSET
    evict_gracefully: bool | Unset = UNSET
    keep_drain_timeout_nodes: bool | Unset = UNSET
    min_nodes: int | Unset = UNSET
    rebalancing_nodes: list[RebalancingNode] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        aggressive_mode = self.aggressive_mode

        evict_gracefully = self.evict_gracefully

        keep_drain_timeout_nodes = self.keep_drain_timeout_nodes

        min_nodes = self.min_nodes

        rebalancing_nodes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rebalancing_nodes, Unset):
            rebalancing_nodes = []
            for rebalancing_nodes_item_data in self.rebalancing_nodes:
                rebalancing_nodes_item = rebalancing_nodes_item_data.to_dict()
                rebalancing_nodes.append(rebalancing_nodes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if aggressive_mode is not UNSET:
            field_dict["aggressiveMode"] = aggressive_mode
        if evict_gracefully is not UNSET:
            field_dict["evictGracefully"] = evict_gracefully
        if keep_drain_timeout_nodes is not UNSET:
            field_dict["keepDrainTimeoutNodes"] = keep_drain_timeout_nodes
        if min_nodes is not UNSET:
            field_dict["minNodes"] = min_nodes
        if rebalancing_nodes is not UNSET:
            field_dict["rebalancingNodes"] = rebalancing_nodes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rebalancing_node import RebalancingNode  # noqa: PLC0415

        d = dict(src_dict)
        aggressive_mode = d.pop("aggressiveMode", UNSET)

        evict_gracefully = d.pop("evictGracefully", UNSET)

        keep_drain_timeout_nodes = d.pop("keepDrainTimeoutNodes", UNSET)

        min_nodes = d.pop("minNodes", UNSET)

        _rebalancing_nodes = d.pop("rebalancingNodes", UNSET)
        rebalancing_nodes: list[RebalancingNode] | Unset = UNSET
        if _rebalancing_nodes is not UNSET:
            rebalancing_nodes = []
            for rebalancing_nodes_item_data in _rebalancing_nodes:
                rebalancing_nodes_item = RebalancingNode.from_dict(
                    rebalancing_nodes_item_data
                )

                rebalancing_nodes.append(rebalancing_nodes_item)

        generate_rebalancing_plan_request = cls(
            aggressive_mode=aggressive_mode,
            evict_gracefully=evict_gracefully,
            keep_drain_timeout_nodes=keep_drain_timeout_nodes,
            min_nodes=min_nodes,
            rebalancing_nodes=rebalancing_nodes,
        )

        generate_rebalancing_plan_request.additional_properties = d
        return generate_rebalancing_plan_request

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
