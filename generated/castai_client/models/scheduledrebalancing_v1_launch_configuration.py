from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.scheduledrebalancing_v1_target_node_selection_algorithm import (
    ScheduledrebalancingV1TargetNodeSelectionAlgorithm,
    check_scheduledrebalancing_v1_target_node_selection_algorithm,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scheduledrebalancing_v1_node_selector import (
        ScheduledrebalancingV1NodeSelector,
    )
    from ..models.scheduledrebalancing_v1_rebalancing_options import (
        ScheduledrebalancingV1RebalancingOptions,
    )


T = TypeVar("T", bound="ScheduledrebalancingV1LaunchConfiguration")


@_attrs_define
class ScheduledrebalancingV1LaunchConfiguration:
    """
    Attributes:
        node_ttl_seconds (int | Unset):
        num_targeted_nodes (int | Unset):
        rebalancing_options (ScheduledrebalancingV1RebalancingOptions | Unset):
        selector (ScheduledrebalancingV1NodeSelector | Unset):
        target_node_selection_algorithm (ScheduledrebalancingV1TargetNodeSelectionAlgorithm | Unset):
    """

    node_ttl_seconds: int | Unset = UNSET
    num_targeted_nodes: int | Unset = UNSET
    rebalancing_options: ScheduledrebalancingV1RebalancingOptions | Unset = UNSET
    selector: ScheduledrebalancingV1NodeSelector | Unset = UNSET
    target_node_selection_algorithm: (
        ScheduledrebalancingV1TargetNodeSelectionAlgorithm | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        node_ttl_seconds = self.node_ttl_seconds

        num_targeted_nodes = self.num_targeted_nodes

        rebalancing_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rebalancing_options, Unset):
            rebalancing_options = self.rebalancing_options.to_dict()

        selector: dict[str, Any] | Unset = UNSET
        if not isinstance(self.selector, Unset):
            selector = self.selector.to_dict()

        target_node_selection_algorithm: str | Unset = UNSET
        if not isinstance(self.target_node_selection_algorithm, Unset):
            target_node_selection_algorithm = self.target_node_selection_algorithm

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if node_ttl_seconds is not UNSET:
            field_dict["nodeTtlSeconds"] = node_ttl_seconds
        if num_targeted_nodes is not UNSET:
            field_dict["numTargetedNodes"] = num_targeted_nodes
        if rebalancing_options is not UNSET:
            field_dict["rebalancingOptions"] = rebalancing_options
        if selector is not UNSET:
            field_dict["selector"] = selector
        if target_node_selection_algorithm is not UNSET:
            field_dict["targetNodeSelectionAlgorithm"] = target_node_selection_algorithm

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.scheduledrebalancing_v1_node_selector import (
            ScheduledrebalancingV1NodeSelector,  # noqa: PLC0415
        )
        from ..models.scheduledrebalancing_v1_rebalancing_options import (
            ScheduledrebalancingV1RebalancingOptions,  # noqa: PLC0415
        )

        d = dict(src_dict)
        node_ttl_seconds = d.pop("nodeTtlSeconds", UNSET)

        num_targeted_nodes = d.pop("numTargetedNodes", UNSET)

        _rebalancing_options = d.pop("rebalancingOptions", UNSET)
        rebalancing_options: ScheduledrebalancingV1RebalancingOptions | Unset
        if isinstance(_rebalancing_options, Unset):
            rebalancing_options = UNSET
        else:
            rebalancing_options = ScheduledrebalancingV1RebalancingOptions.from_dict(
                _rebalancing_options
            )

        _selector = d.pop("selector", UNSET)
        selector: ScheduledrebalancingV1NodeSelector | Unset
        if isinstance(_selector, Unset):
            selector = UNSET
        else:
            selector = ScheduledrebalancingV1NodeSelector.from_dict(_selector)

        _target_node_selection_algorithm = d.pop("targetNodeSelectionAlgorithm", UNSET)
        target_node_selection_algorithm: (
            ScheduledrebalancingV1TargetNodeSelectionAlgorithm | Unset
        )
        if isinstance(_target_node_selection_algorithm, Unset):
            target_node_selection_algorithm = UNSET
        else:
            target_node_selection_algorithm = (
                check_scheduledrebalancing_v1_target_node_selection_algorithm(
                    _target_node_selection_algorithm
                )
            )

        scheduledrebalancing_v1_launch_configuration = cls(
            node_ttl_seconds=node_ttl_seconds,
            num_targeted_nodes=num_targeted_nodes,
            rebalancing_options=rebalancing_options,
            selector=selector,
            target_node_selection_algorithm=target_node_selection_algorithm,
        )

        scheduledrebalancing_v1_launch_configuration.additional_properties = d
        return scheduledrebalancing_v1_launch_configuration

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
