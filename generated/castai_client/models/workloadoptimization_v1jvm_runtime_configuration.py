from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkloadoptimizationV1JVMRuntimeConfiguration")


@_attrs_define
class WorkloadoptimizationV1JVMRuntimeConfiguration:
    """
    Attributes:
        auto_instrument (bool | None | Unset):
        enabled (bool | None | Unset):
        options_env_var (None | str | Unset):
    """

    auto_instrument: bool | None | Unset = UNSET
    enabled: bool | None | Unset = UNSET
    options_env_var: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auto_instrument: bool | None | Unset
        if isinstance(self.auto_instrument, Unset):
            auto_instrument = UNSET
        else:
            auto_instrument = self.auto_instrument

        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        options_env_var: None | str | Unset
        if isinstance(self.options_env_var, Unset):
            options_env_var = UNSET
        else:
            options_env_var = self.options_env_var

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if auto_instrument is not UNSET:
            field_dict["autoInstrument"] = auto_instrument
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if options_env_var is not UNSET:
            field_dict["optionsEnvVar"] = options_env_var

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_auto_instrument(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        auto_instrument = _parse_auto_instrument(d.pop("autoInstrument", UNSET))

        def _parse_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enabled = _parse_enabled(d.pop("enabled", UNSET))

        def _parse_options_env_var(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        options_env_var = _parse_options_env_var(d.pop("optionsEnvVar", UNSET))

        workloadoptimization_v1jvm_runtime_configuration = cls(
            auto_instrument=auto_instrument,
            enabled=enabled,
            options_env_var=options_env_var,
        )

        workloadoptimization_v1jvm_runtime_configuration.additional_properties = d
        return workloadoptimization_v1jvm_runtime_configuration

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
