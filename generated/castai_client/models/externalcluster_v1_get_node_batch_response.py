from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.externalcluster_v1_get_node_batch_response_batch_operation_status import (
    ExternalclusterV1GetNodeBatchResponseBatchOperationStatus,
    check_externalcluster_v1_get_node_batch_response_batch_operation_status,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.externalcluster_v1_get_node_batch_response_created_node import (
        ExternalclusterV1GetNodeBatchResponseCreatedNode,
    )
    from ..models.externalcluster_v1_get_node_batch_response_operation_error import (
        ExternalclusterV1GetNodeBatchResponseOperationError,
    )


T = TypeVar("T", bound="ExternalclusterV1GetNodeBatchResponse")


@_attrs_define
class ExternalclusterV1GetNodeBatchResponse:
    """
    Attributes:
        completed_at (datetime.datetime | Unset):
        created_count (int | Unset):
        created_nodes (list[ExternalclusterV1GetNodeBatchResponseCreatedNode] | Unset):
        done (bool | Unset):
        errors (list[ExternalclusterV1GetNodeBatchResponseOperationError] | Unset):
        failed_count (int | Unset):
        started_at (datetime.datetime | Unset):
        status (ExternalclusterV1GetNodeBatchResponseBatchOperationStatus | Unset):
    """

    completed_at: datetime.datetime | Unset = UNSET
    created_count: int | Unset = UNSET
    created_nodes: list[ExternalclusterV1GetNodeBatchResponseCreatedNode] | Unset = (
        UNSET
    )
    done: bool | Unset = UNSET
    errors: list[ExternalclusterV1GetNodeBatchResponseOperationError] | Unset = UNSET
    failed_count: int | Unset = UNSET
    started_at: datetime.datetime | Unset = UNSET
    status: ExternalclusterV1GetNodeBatchResponseBatchOperationStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        completed_at: str | Unset = UNSET
        if not isinstance(self.completed_at, Unset):
            completed_at = self.completed_at.isoformat()

        created_count = self.created_count

        created_nodes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.created_nodes, Unset):
            created_nodes = []
            for created_nodes_item_data in self.created_nodes:
                created_nodes_item = created_nodes_item_data.to_dict()
                created_nodes.append(created_nodes_item)

        done = self.done

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        failed_count = self.failed_count

        started_at: str | Unset = UNSET
        if not isinstance(self.started_at, Unset):
            started_at = self.started_at.isoformat()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if completed_at is not UNSET:
            field_dict["completedAt"] = completed_at
        if created_count is not UNSET:
            field_dict["createdCount"] = created_count
        if created_nodes is not UNSET:
            field_dict["createdNodes"] = created_nodes
        if done is not UNSET:
            field_dict["done"] = done
        if errors is not UNSET:
            field_dict["errors"] = errors
        if failed_count is not UNSET:
            field_dict["failedCount"] = failed_count
        if started_at is not UNSET:
            field_dict["startedAt"] = started_at
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.externalcluster_v1_get_node_batch_response_created_node import (
            ExternalclusterV1GetNodeBatchResponseCreatedNode,  # noqa: PLC0415
        )
        from ..models.externalcluster_v1_get_node_batch_response_operation_error import (
            ExternalclusterV1GetNodeBatchResponseOperationError,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _completed_at = d.pop("completedAt", UNSET)
        completed_at: datetime.datetime | Unset
        if isinstance(_completed_at, Unset):
            completed_at = UNSET
        else:
            completed_at = datetime.datetime.fromisoformat(_completed_at)

        created_count = d.pop("createdCount", UNSET)

        _created_nodes = d.pop("createdNodes", UNSET)
        created_nodes: (
            list[ExternalclusterV1GetNodeBatchResponseCreatedNode] | Unset
        ) = UNSET
        if _created_nodes is not UNSET:
            created_nodes = []
            for created_nodes_item_data in _created_nodes:
                created_nodes_item = (
                    ExternalclusterV1GetNodeBatchResponseCreatedNode.from_dict(
                        created_nodes_item_data
                    )
                )

                created_nodes.append(created_nodes_item)

        done = d.pop("done", UNSET)

        _errors = d.pop("errors", UNSET)
        errors: list[ExternalclusterV1GetNodeBatchResponseOperationError] | Unset = (
            UNSET
        )
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = (
                    ExternalclusterV1GetNodeBatchResponseOperationError.from_dict(
                        errors_item_data
                    )
                )

                errors.append(errors_item)

        failed_count = d.pop("failedCount", UNSET)

        _started_at = d.pop("startedAt", UNSET)
        started_at: datetime.datetime | Unset
        if isinstance(_started_at, Unset):
            started_at = UNSET
        else:
            started_at = datetime.datetime.fromisoformat(_started_at)

        _status = d.pop("status", UNSET)
        status: ExternalclusterV1GetNodeBatchResponseBatchOperationStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = (
                check_externalcluster_v1_get_node_batch_response_batch_operation_status(
                    _status
                )
            )

        externalcluster_v1_get_node_batch_response = cls(
            completed_at=completed_at,
            created_count=created_count,
            created_nodes=created_nodes,
            done=done,
            errors=errors,
            failed_count=failed_count,
            started_at=started_at,
            status=status,
        )

        externalcluster_v1_get_node_batch_response.additional_properties = d
        return externalcluster_v1_get_node_batch_response

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
