from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WorkloadoptimizationV1PSIPressureResolvedContainer")


@_attrs_define
class WorkloadoptimizationV1PSIPressureResolvedContainer:
    """
    Attributes:
        name (str):
        started_at (datetime.datetime):
        stopped_at (datetime.datetime):
    """

    name: str
    started_at: datetime.datetime
    stopped_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        started_at = self.started_at.isoformat()

        stopped_at = self.stopped_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "startedAt": started_at,
                "stoppedAt": stopped_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        started_at = datetime.datetime.fromisoformat(d.pop("startedAt"))

        stopped_at = datetime.datetime.fromisoformat(d.pop("stoppedAt"))

        workloadoptimization_v1psi_pressure_resolved_container = cls(
            name=name,
            started_at=started_at,
            stopped_at=stopped_at,
        )

        workloadoptimization_v1psi_pressure_resolved_container.additional_properties = d
        return workloadoptimization_v1psi_pressure_resolved_container

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
