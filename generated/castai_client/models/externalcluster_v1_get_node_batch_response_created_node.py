from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.externalcluster_v1_get_node_batch_response_node_status import (
    ExternalclusterV1GetNodeBatchResponseNodeStatus,
    check_externalcluster_v1_get_node_batch_response_node_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExternalclusterV1GetNodeBatchResponseCreatedNode")


@_attrs_define
class ExternalclusterV1GetNodeBatchResponseCreatedNode:
    """
    Attributes:
        instance_type (str | Unset):
        node_id (str | Unset):
        status (ExternalclusterV1GetNodeBatchResponseNodeStatus | Unset):
    """

    instance_type: str | Unset = UNSET
    node_id: str | Unset = UNSET
    status: ExternalclusterV1GetNodeBatchResponseNodeStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        instance_type = self.instance_type

        node_id = self.node_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if instance_type is not UNSET:
            field_dict["instanceType"] = instance_type
        if node_id is not UNSET:
            field_dict["nodeId"] = node_id
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        instance_type = d.pop("instanceType", UNSET)

        node_id = d.pop("nodeId", UNSET)

        _status = d.pop("status", UNSET)
        status: ExternalclusterV1GetNodeBatchResponseNodeStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_externalcluster_v1_get_node_batch_response_node_status(
                _status
            )

        externalcluster_v1_get_node_batch_response_created_node = cls(
            instance_type=instance_type,
            node_id=node_id,
            status=status,
        )

        externalcluster_v1_get_node_batch_response_created_node.additional_properties = d
        return externalcluster_v1_get_node_batch_response_created_node

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
