from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.operation_mode import OperationMode

T = TypeVar("T", bound="TriggerResumeClusterResponse")


@_attrs_define
class TriggerResumeClusterResponse:
    """A started resume.

    Attributes:
        cluster_id (UUID):  Example: 3d7a1c52-9b1e-4f0a-8c61-2f5e9d0b7a14.
        mode (OperationMode): Whether an action runs for real or only validates. Example: OPERATION_MODE_DEFAULT.
        operation_id (UUID):  Example: 8b2e4f6a-1c3d-4e5f-9a0b-c1d2e3f4a5b7.
    """

    cluster_id: UUID
    mode: OperationMode
    operation_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cluster_id = str(self.cluster_id)

        mode = self.mode.value

        operation_id = str(self.operation_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "clusterId": cluster_id,
                "mode": mode,
                "operationId": operation_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cluster_id = UUID(d.pop("clusterId"))

        mode = OperationMode(d.pop("mode"))

        operation_id = UUID(d.pop("operationId"))

        trigger_resume_cluster_response = cls(
            cluster_id=cluster_id,
            mode=mode,
            operation_id=operation_id,
        )

        trigger_resume_cluster_response.additional_properties = d
        return trigger_resume_cluster_response

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
