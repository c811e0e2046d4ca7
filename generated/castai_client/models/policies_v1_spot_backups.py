from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PoliciesV1SpotBackups")


@_attrs_define
class PoliciesV1SpotBackups:
    """
    Attributes:
        enabled (bool | None | Unset):
        spot_backup_restore_rate_seconds (int | None | Unset):
    """

    enabled: bool | None | Unset = UNSET
    spot_backup_restore_rate_seconds: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        spot_backup_restore_rate_seconds: int | None | Unset
        if isinstance(self.spot_backup_restore_rate_seconds, Unset):
            spot_backup_restore_rate_seconds = UNSET
        else:
            spot_backup_restore_rate_seconds = self.spot_backup_restore_rate_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if spot_backup_restore_rate_seconds is not UNSET:
            field_dict["spotBackupRestoreRateSeconds"] = (
                spot_backup_restore_rate_seconds
            )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enabled = _parse_enabled(d.pop("enabled", UNSET))

        def _parse_spot_backup_restore_rate_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        spot_backup_restore_rate_seconds = _parse_spot_backup_restore_rate_seconds(
            d.pop("spotBackupRestoreRateSeconds", UNSET)
        )

        policies_v1_spot_backups = cls(
            enabled=enabled,
            spot_backup_restore_rate_seconds=spot_backup_restore_rate_seconds,
        )

        policies_v1_spot_backups.additional_properties = d
        return policies_v1_spot_backups

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
