from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.externalcluster_v1_operation_mode import (
    ExternalclusterV1OperationMode,
    check_externalcluster_v1_operation_mode,
)

T = TypeVar("T", bound="ExternalclusterV1TriggerHibernateClusterResponse")


@_attrs_define
class ExternalclusterV1TriggerHibernateClusterResponse:
    """
    Attributes:
        cluster_id (str):
        mode (ExternalclusterV1OperationMode):
        operation_id (str):
    """

    cluster_id: str
    mode: ExternalclusterV1OperationMode
    operation_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cluster_id = self.cluster_id

        mode: str = self.mode

        operation_id = self.operation_id

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
        cluster_id = d.pop("clusterId")

        mode = check_externalcluster_v1_operation_mode(d.pop("mode"))

        operation_id = d.pop("operationId")

        externalcluster_v1_trigger_hibernate_cluster_response = cls(
            cluster_id=cluster_id,
            mode=mode,
            operation_id=operation_id,
        )

        externalcluster_v1_trigger_hibernate_cluster_response.additional_properties = d
        return externalcluster_v1_trigger_hibernate_cluster_response

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
