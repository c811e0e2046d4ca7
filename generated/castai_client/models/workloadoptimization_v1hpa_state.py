from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workloadoptimization_v1hpa_mode import (
    WorkloadoptimizationV1HPAMode,
    check_workloadoptimization_v1hpa_mode,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workloadoptimization_v1hpa_legacy_config import (
        WorkloadoptimizationV1HPALegacyConfig,
    )
    from ..models.workloadoptimization_v1hpa_legacy_unsupported_reason import (
        WorkloadoptimizationV1HPALegacyUnsupportedReason,
    )
    from ..models.workloadoptimization_v1hpa_spec import WorkloadoptimizationV1HPASpec
    from ..models.workloadoptimization_v1hpa_unsupported_reason import (
        WorkloadoptimizationV1HPAUnsupportedReason,
    )
    from ..models.workloadoptimization_v1hpav2_config import (
        WorkloadoptimizationV1HPAV2Config,
    )


T = TypeVar("T", bound="WorkloadoptimizationV1HPAState")


@_attrs_define
class WorkloadoptimizationV1HPAState:
    """
    Attributes:
        mode (WorkloadoptimizationV1HPAMode):
        legacy_config (WorkloadoptimizationV1HPALegacyConfig | Unset):
        legacy_unsupported_reason (WorkloadoptimizationV1HPALegacyUnsupportedReason | Unset):
        native_hpa (WorkloadoptimizationV1HPASpec | Unset):
        v_2_config (WorkloadoptimizationV1HPAV2Config | Unset):
        v_2_unsupported_reason (WorkloadoptimizationV1HPAUnsupportedReason | Unset):
    """

    mode: WorkloadoptimizationV1HPAMode
    legacy_config: WorkloadoptimizationV1HPALegacyConfig | Unset = UNSET
    legacy_unsupported_reason: (
        WorkloadoptimizationV1HPALegacyUnsupportedReason | Unset
    ) = UNSET
    native_hpa: WorkloadoptimizationV1HPASpec | Unset = UNSET
    v_2_config: WorkloadoptimizationV1HPAV2Config | Unset = UNSET
    v_2_unsupported_reason: WorkloadoptimizationV1HPAUnsupportedReason | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mode: str = self.mode

        legacy_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.legacy_config, Unset):
            legacy_config = self.legacy_config.to_dict()

        legacy_unsupported_reason: dict[str, Any] | Unset = UNSET
        if not isinstance(self.legacy_unsupported_reason, Unset):
            legacy_unsupported_reason = self.legacy_unsupported_reason.to_dict()

        native_hpa: dict[str, Any] | Unset = UNSET
        if not isinstance(self.native_hpa, Unset):
            native_hpa = self.native_hpa.to_dict()

        v_2_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.v_2_config, Unset):
            v_2_config = self.v_2_config.to_dict()

        v_2_unsupported_reason: dict[str, Any] | Unset = UNSET
        if not isinstance(self.v_2_unsupported_reason, Unset):
            v_2_unsupported_reason = self.v_2_unsupported_reason.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mode": mode,
            }
        )
        if legacy_config is not UNSET:
            field_dict["legacyConfig"] = legacy_config
        if legacy_unsupported_reason is not UNSET:
            field_dict["legacyUnsupportedReason"] = legacy_unsupported_reason
        if native_hpa is not UNSET:
            field_dict["nativeHpa"] = native_hpa
        if v_2_config is not UNSET:
            field_dict["v2Config"] = v_2_config
        if v_2_unsupported_reason is not UNSET:
            field_dict["v2UnsupportedReason"] = v_2_unsupported_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workloadoptimization_v1hpa_legacy_config import (
            WorkloadoptimizationV1HPALegacyConfig,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1hpa_legacy_unsupported_reason import (
            WorkloadoptimizationV1HPALegacyUnsupportedReason,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1hpa_spec import (
            WorkloadoptimizationV1HPASpec,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1hpa_unsupported_reason import (
            WorkloadoptimizationV1HPAUnsupportedReason,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1hpav2_config import (
            WorkloadoptimizationV1HPAV2Config,  # noqa: PLC0415
        )

        d = dict(src_dict)
        mode = check_workloadoptimization_v1hpa_mode(d.pop("mode"))

        _legacy_config = d.pop("legacyConfig", UNSET)
        legacy_config: WorkloadoptimizationV1HPALegacyConfig | Unset
        if isinstance(_legacy_config, Unset):
            legacy_config = UNSET
        else:
            legacy_config = WorkloadoptimizationV1HPALegacyConfig.from_dict(
                _legacy_config
            )

        _legacy_unsupported_reason = d.pop("legacyUnsupportedReason", UNSET)
        legacy_unsupported_reason: (
            WorkloadoptimizationV1HPALegacyUnsupportedReason | Unset
        )
        if isinstance(_legacy_unsupported_reason, Unset):
            legacy_unsupported_reason = UNSET
        else:
            legacy_unsupported_reason = (
                WorkloadoptimizationV1HPALegacyUnsupportedReason.from_dict(
                    _legacy_unsupported_reason
                )
            )

        _native_hpa = d.pop("nativeHpa", UNSET)
        native_hpa: WorkloadoptimizationV1HPASpec | Unset
        if isinstance(_native_hpa, Unset):
            native_hpa = UNSET
        else:
            native_hpa = WorkloadoptimizationV1HPASpec.from_dict(_native_hpa)

        _v_2_config = d.pop("v2Config", UNSET)
        v_2_config: WorkloadoptimizationV1HPAV2Config | Unset
        if isinstance(_v_2_config, Unset):
            v_2_config = UNSET
        else:
            v_2_config = WorkloadoptimizationV1HPAV2Config.from_dict(_v_2_config)

        _v_2_unsupported_reason = d.pop("v2UnsupportedReason", UNSET)
        v_2_unsupported_reason: WorkloadoptimizationV1HPAUnsupportedReason | Unset
        if isinstance(_v_2_unsupported_reason, Unset):
            v_2_unsupported_reason = UNSET
        else:
            v_2_unsupported_reason = (
                WorkloadoptimizationV1HPAUnsupportedReason.from_dict(
                    _v_2_unsupported_reason
                )
            )

        workloadoptimization_v1hpa_state = cls(
            mode=mode,
            legacy_config=legacy_config,
            legacy_unsupported_reason=legacy_unsupported_reason,
            native_hpa=native_hpa,
            v_2_config=v_2_config,
            v_2_unsupported_reason=v_2_unsupported_reason,
        )

        workloadoptimization_v1hpa_state.additional_properties = d
        return workloadoptimization_v1hpa_state

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
