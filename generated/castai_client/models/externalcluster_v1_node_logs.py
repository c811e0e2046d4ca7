from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.externalcluster_v1_log_event import ExternalclusterV1LogEvent


T = TypeVar("T", bound="ExternalclusterV1NodeLogs")


@_attrs_define
class ExternalclusterV1NodeLogs:
    """
    Attributes:
        log_events (list[ExternalclusterV1LogEvent] | Unset):
    """

    log_events: list[ExternalclusterV1LogEvent] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        log_events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.log_events, Unset):
            log_events = []
            for log_events_item_data in self.log_events:
                log_events_item = log_events_item_data.to_dict()
                log_events.append(log_events_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if log_events is not UNSET:
            field_dict["logEvents"] = log_events

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.externalcluster_v1_log_event import ExternalclusterV1LogEvent  # noqa: PLC0415

        d = dict(src_dict)
        _log_events = d.pop("logEvents", UNSET)
        log_events: list[ExternalclusterV1LogEvent] | Unset = UNSET
        if _log_events is not UNSET:
            log_events = []
            for log_events_item_data in _log_events:
                log_events_item = ExternalclusterV1LogEvent.from_dict(
                    log_events_item_data
                )

                log_events.append(log_events_item)

        externalcluster_v1_node_logs = cls(
            log_events=log_events,
        )

        externalcluster_v1_node_logs.additional_properties = d
        return externalcluster_v1_node_logs

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
