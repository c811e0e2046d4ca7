from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BuildLogEntry")


@_attrs_define
class BuildLogEntry:
    """One event from a cluster's build log.

    Attributes:
        cluster (int): Cluster ID. Example: 45.
        event_category (str):  Example: kubernetes.
        event_state (str):  Example: failure.
        event_type (str):  Example: provider_communication.
        message (str):  Example: Unable to reach the provider API.
        created (datetime.datetime | Unset):  Example: 2019-02-15T18:02:11.381022Z.
        details (str | Unset):
        reference (str | Unset):
    """

    cluster: int
    event_category: str
    event_state: str
    event_type: str
    message: str
    created: datetime.datetime | Unset = UNSET
    details: str | Unset = UNSET
    reference: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cluster = self.cluster

        event_category = self.event_category

        event_state = self.event_state

        event_type = self.event_type

        message = self.message

        created: str | Unset = UNSET
        if not isinstance(self.created, Unset):
            created = self.created.isoformat()

        details = self.details

        reference = self.reference

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cluster": cluster,
                "event_category": event_category,
                "event_state": event_state,
                "event_type": event_type,
                "message": message,
            }
        )
        if created is not UNSET:
            field_dict["created"] = created
        if details is not UNSET:
            field_dict["details"] = details
        if reference is not UNSET:
            field_dict["reference"] = reference

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cluster = d.pop("cluster")

        event_category = d.pop("event_category")

        event_state = d.pop("event_state")

        event_type = d.pop("event_type")

        message = d.pop("message")

        _created = d.pop("created", UNSET)
        created: datetime.datetime | Unset
        if isinstance(_created, Unset):
            created = UNSET
        else:
            created = datetime.datetime.fromisoformat(_created)

        details = d.pop("details", UNSET)

        reference = d.pop("reference", UNSET)

        build_log_entry = cls(
            cluster=cluster,
            event_category=event_category,
            event_state=event_state,
            event_type=event_type,
            message=message,
            created=created,
            details=details,
            reference=reference,
        )

        build_log_entry.additional_properties = d
        return build_log_entry

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
