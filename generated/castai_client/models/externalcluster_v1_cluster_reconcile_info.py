from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.externalcluster_v1_cluster_reconcile_info_reconcile_mode import (
    ExternalclusterV1ClusterReconcileInfoReconcileMode,
    check_externalcluster_v1_cluster_reconcile_info_reconcile_mode,
)
from ..models.externalcluster_v1_cluster_reconcile_info_reconcile_status import (
    ExternalclusterV1ClusterReconcileInfoReconcileStatus,
    check_externalcluster_v1_cluster_reconcile_info_reconcile_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExternalclusterV1ClusterReconcileInfo")


@_attrs_define
class ExternalclusterV1ClusterReconcileInfo:
    """
    Attributes:
        error (None | str | Unset):
        error_count (int | Unset):
        mode (ExternalclusterV1ClusterReconcileInfoReconcileMode | Unset):
        reconciled_at (datetime.datetime | None | Unset):
        retry_at (datetime.datetime | None | Unset):
        started_at (datetime.datetime | None | Unset):
        status (ExternalclusterV1ClusterReconcileInfoReconcileStatus | Unset):
    """

    error: None | str | Unset = UNSET
    error_count: int | Unset = UNSET
    mode: ExternalclusterV1ClusterReconcileInfoReconcileMode | Unset = UNSET
    reconciled_at: datetime.datetime | None | Unset = UNSET
    retry_at: datetime.datetime | None | Unset = UNSET
    started_at: datetime.datetime | None | Unset = UNSET
    status: ExternalclusterV1ClusterReconcileInfoReconcileStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        error_count = self.error_count

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

        reconciled_at: None | str | Unset
        if isinstance(self.reconciled_at, Unset):
            reconciled_at = UNSET
        elif isinstance(self.reconciled_at, datetime.datetime):
            reconciled_at = self.reconciled_at.isoformat()
        else:
            reconciled_at = self.reconciled_at

        retry_at: None | str | Unset
        if isinstance(self.retry_at, Unset):
            retry_at = UNSET
        elif isinstance(self.retry_at, datetime.datetime):
            retry_at = self.retry_at.isoformat()
        else:
            retry_at = self.retry_at

        started_at: None | str | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        elif isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error is not UNSET:
            field_dict["error"] = error
        if error_count is not UNSET:
            field_dict["errorCount"] = error_count
        if mode is not UNSET:
            field_dict["mode"] = mode
        if reconciled_at is not UNSET:
            field_dict["reconciledAt"] = reconciled_at
        if retry_at is not UNSET:
            field_dict["retryAt"] = retry_at
        if started_at is not UNSET:
            field_dict["startedAt"] = started_at
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        error_count = d.pop("errorCount", UNSET)

        _mode = d.pop("mode", UNSET)
        mode: ExternalclusterV1ClusterReconcileInfoReconcileMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = check_externalcluster_v1_cluster_reconcile_info_reconcile_mode(_mode)

        def _parse_reconciled_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reconciled_at_type_0 = datetime.datetime.fromisoformat(data)

                return reconciled_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        reconciled_at = _parse_reconciled_at(d.pop("reconciledAt", UNSET))

        def _parse_retry_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                retry_at_type_0 = datetime.datetime.fromisoformat(data)

                return retry_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        retry_at = _parse_retry_at(d.pop("retryAt", UNSET))

        def _parse_started_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_at_type_0 = datetime.datetime.fromisoformat(data)

                return started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        started_at = _parse_started_at(d.pop("startedAt", UNSET))

        _status = d.pop("status", UNSET)
        status: ExternalclusterV1ClusterReconcileInfoReconcileStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_externalcluster_v1_cluster_reconcile_info_reconcile_status(
                _status
            )

        externalcluster_v1_cluster_reconcile_info = cls(
            error=error,
            error_count=error_count,
            mode=mode,
            reconciled_at=reconciled_at,
            retry_at=retry_at,
            started_at=started_at,
            status=status,
        )

        externalcluster_v1_cluster_reconcile_info.additional_properties = d
        return externalcluster_v1_cluster_reconcile_info

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
