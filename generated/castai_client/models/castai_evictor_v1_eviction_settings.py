from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.castai_evictor_v1_eviction_settings_setting_enabled import (
        CastaiEvictorV1EvictionSettingsSettingEnabled,
    )


T = TypeVar("T", bound="CastaiEvictorV1EvictionSettings")


@_attrs_define
class CastaiEvictorV1EvictionSettings:
    """
    Attributes:
        aggressive (CastaiEvictorV1EvictionSettingsSettingEnabled | Unset):
        disposable (CastaiEvictorV1EvictionSettingsSettingEnabled | Unset):
        removal_disabled (CastaiEvictorV1EvictionSettingsSettingEnabled | Unset):
    """

    aggressive: CastaiEvictorV1EvictionSettingsSettingEnabled | Unset = UNSET
    disposable: CastaiEvictorV1EvictionSettingsSettingEnabled | Unset = UNSET
    removal_disabled: CastaiEvictorV1EvictionSettingsSettingEnabled | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        aggressive: dict[str, Any] | Unset = UNSET
        if not isinstance(self.aggressive, Unset):
            aggressive = self.aggressive.to_dict()

        disposable: dict[str, Any] | Unset = UNSET
        if not isinstance(self.disposable, Unset):
            disposable = self.disposable.to_dict()

        removal_disabled: dict[str, Any] | Unset = UNSET
        if not isinstance(self.removal_disabled, Unset):
            removal_disabled = self.removal_disabled.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if aggressive is not UNSET:
            field_dict["aggressive"] = aggressive
        if disposable is not UNSET:
            field_dict["disposable"] = disposable
        if removal_disabled is not UNSET:
            field_dict["removalDisabled"] = removal_disabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.castai_evictor_v1_eviction_settings_setting_enabled import (
            CastaiEvictorV1EvictionSettingsSettingEnabled,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _aggressive = d.pop("aggressive", UNSET)
        aggressive: CastaiEvictorV1EvictionSettingsSettingEnabled | Unset
        if isinstance(_aggressive, Unset):
            aggressive = UNSET
        else:
            aggressive = CastaiEvictorV1EvictionSettingsSettingEnabled.from_dict(
                _aggressive
            )

        _disposable = d.pop("disposable", UNSET)
        disposable: CastaiEvictorV1EvictionSettingsSettingEnabled | Unset
        if isinstance(_disposable, Unset):
            disposable = UNSET
        else:
            disposable = CastaiEvictorV1EvictionSettingsSettingEnabled.from_dict(
                _disposable
            )

        _removal_disabled = d.pop("removalDisabled", UNSET)
        removal_disabled: CastaiEvictorV1EvictionSettingsSettingEnabled | Unset
        if isinstance(_removal_disabled, Unset):
            removal_disabled = UNSET
        else:
            removal_disabled = CastaiEvictorV1EvictionSettingsSettingEnabled.from_dict(
                _removal_disabled
            )

        castai_evictor_v1_eviction_settings = cls(
            aggressive=aggressive,
            disposable=disposable,
            removal_disabled=removal_disabled,
        )

        castai_evictor_v1_eviction_settings.additional_properties = d
        return castai_evictor_v1_eviction_settings

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
