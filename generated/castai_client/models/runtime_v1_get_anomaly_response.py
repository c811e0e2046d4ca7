from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.runtime_v1_anomaly import RuntimeV1Anomaly
    from ..models.runtime_v1_anomaly_event import RuntimeV1AnomalyEvent
    from ..models.runtime_v1_ticket import RuntimeV1Ticket


T = TypeVar("T", bound="RuntimeV1GetAnomalyResponse")


@_attrs_define
class RuntimeV1GetAnomalyResponse:
    """
    Attributes:
        anomaly (RuntimeV1Anomaly | Unset):
        events (list[RuntimeV1AnomalyEvent] | Unset):
        ticket (RuntimeV1Ticket | Unset):
    """

    anomaly: RuntimeV1Anomaly | Unset = UNSET
    events: list[RuntimeV1AnomalyEvent] | Unset = UNSET
    ticket: RuntimeV1Ticket | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        anomaly: dict[str, Any] | Unset = UNSET
        if not isinstance(self.anomaly, Unset):
            anomaly = self.anomaly.to_dict()

        events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for events_item_data in self.events:
                events_item = events_item_data.to_dict()
                events.append(events_item)

        ticket: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ticket, Unset):
            ticket = self.ticket.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if anomaly is not UNSET:
            field_dict["anomaly"] = anomaly
        if events is not UNSET:
            field_dict["events"] = events
        if ticket is not UNSET:
            field_dict["ticket"] = ticket

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.runtime_v1_anomaly import RuntimeV1Anomaly  # noqa: PLC0415
        from ..models.runtime_v1_anomaly_event import RuntimeV1AnomalyEvent  # noqa: PLC0415
        from ..models.runtime_v1_ticket import RuntimeV1Ticket  # noqa: PLC0415

        d = dict(src_dict)
        _anomaly = d.pop("anomaly", UNSET)
        anomaly: RuntimeV1Anomaly | Unset
        if isinstance(_anomaly, Unset):
            anomaly = UNSET
        else:
            anomaly = RuntimeV1Anomaly.from_dict(_anomaly)

        _events = d.pop("events", UNSET)
        events: list[RuntimeV1AnomalyEvent] | Unset = UNSET
        if _events is not UNSET:
            events = []
            for events_item_data in _events:
                events_item = RuntimeV1AnomalyEvent.from_dict(events_item_data)

                events.append(events_item)

        _ticket = d.pop("ticket", UNSET)
        ticket: RuntimeV1Ticket | Unset
        if isinstance(_ticket, Unset):
            ticket = UNSET
        else:
            ticket = RuntimeV1Ticket.from_dict(_ticket)

        runtime_v1_get_anomaly_response = cls(
            anomaly=anomaly,
            events=events,
            ticket=ticket,
        )

        runtime_v1_get_anomaly_response.additional_properties = d
        return runtime_v1_get_anomaly_response

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
