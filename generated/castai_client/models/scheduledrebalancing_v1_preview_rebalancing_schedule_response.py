from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scheduledrebalancing_v1_node import ScheduledrebalancingV1Node


T = TypeVar("T", bound="ScheduledrebalancingV1PreviewRebalancingScheduleResponse")


@_attrs_define
class ScheduledrebalancingV1PreviewRebalancingScheduleResponse:
    """
    Attributes:
        affected_nodes (list[ScheduledrebalancingV1Node] | Unset):
        will_trigger_at (list[datetime.datetime] | Unset):
    """

    affected_nodes: list[ScheduledrebalancingV1Node] | Unset = UNSET
    will_trigger_at: list[datetime.datetime] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        affected_nodes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.affected_nodes, Unset):
            affected_nodes = []
            for affected_nodes_item_data in self.affected_nodes:
                affected_nodes_item = affected_nodes_item_data.to_dict()
                affected_nodes.append(affected_nodes_item)

        will_trigger_at: list[str] | Unset = UNSET
        if not isinstance(self.will_trigger_at, Unset):
            will_trigger_at = []
            for will_trigger_at_item_data in self.will_trigger_at:
                will_trigger_at_item = will_trigger_at_item_data.isoformat()
                will_trigger_at.append(will_trigger_at_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if affected_nodes is not UNSET:
            field_dict["affectedNodes"] = affected_nodes
        if will_trigger_at is not UNSET:
            field_dict["willTriggerAt"] = will_trigger_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.scheduledrebalancing_v1_node import ScheduledrebalancingV1Node  # noqa: PLC0415

        d = dict(src_dict)
        _affected_nodes = d.pop("affectedNodes", UNSET)
        affected_nodes: list[ScheduledrebalancingV1Node] | Unset = UNSET
        if _affected_nodes is not UNSET:
            affected_nodes = []
            for affected_nodes_item_data in _affected_nodes:
                affected_nodes_item = ScheduledrebalancingV1Node.from_dict(
                    affected_nodes_item_data
                )

                affected_nodes.append(affected_nodes_item)

        _will_trigger_at = d.pop("willTriggerAt", UNSET)
        will_trigger_at: list[datetime.datetime] | Unset = UNSET
        if _will_trigger_at is not UNSET:
            will_trigger_at = []
            for will_trigger_at_item_data in _will_trigger_at:
                will_trigger_at_item = datetime.datetime.fromisoformat(
                    will_trigger_at_item_data
                )

                will_trigger_at.append(will_trigger_at_item)

        scheduledrebalancing_v1_preview_rebalancing_schedule_response = cls(
            affected_nodes=affected_nodes,
            will_trigger_at=will_trigger_at,
        )

        scheduledrebalancing_v1_preview_rebalancing_schedule_response.additional_properties = d
        return scheduledrebalancing_v1_preview_rebalancing_schedule_response

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
