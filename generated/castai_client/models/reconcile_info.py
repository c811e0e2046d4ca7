from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reconcile_mode import ReconcileMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReconcileInfo")


@_attrs_define
class ReconcileInfo:
    """Outcome of the latest reconciliation.

    Attributes:
        error (None | str | Unset):
        error_count (int | Unset):  Example: 0.
        mode (ReconcileMode | Unset): Whether CAST AI reconciles the cluster. Example: enabled.
        reconciled_at (datetime.datetime | None | Unset):  Example: 2026-08-01T12:00:00Z.
    """

    error: None | str | Unset = UNSET
    error_count: int | Unset = UNSET
    mode: ReconcileMode | Unset = UNSET
    reconciled_at: datetime.datetime | None | Unset = UNSET
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
            mode = self.mode.value

        reconciled_at: None | str | Unset
        if isinstance(self.reconciled_at, Unset):
            reconciled_at = UNSET
        elif isinstance(self.reconciled_at, datetime.datetime):
            reconciled_at = self.reconciled_at.isoformat()
        else:
            reconciled_at = self.reconciled_at

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
        mode: ReconcileMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = ReconcileMode(_mode)

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

        reconcile_info = cls(
            error=error,
            error_count=error_count,
            mode=mode,
            reconciled_at=reconciled_at,
        )

        reconcile_info.additional_properties = d
        return reconcile_info

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
