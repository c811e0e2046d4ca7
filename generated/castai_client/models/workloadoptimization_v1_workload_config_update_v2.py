from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workloadoptimization_v1hpa_config_update import (
        WorkloadoptimizationV1HPAConfigUpdate,
    )
    from ..models.workloadoptimization_v1vpa_config_update import (
        WorkloadoptimizationV1VPAConfigUpdate,
    )


T = TypeVar("T", bound="WorkloadoptimizationV1WorkloadConfigUpdateV2")


@_attrs_define
class WorkloadoptimizationV1WorkloadConfigUpdateV2:
    """
    Attributes:
        hpa_config (WorkloadoptimizationV1HPAConfigUpdate | Unset):
        vpa_config (WorkloadoptimizationV1VPAConfigUpdate | Unset):
    """

    hpa_config: WorkloadoptimizationV1HPAConfigUpdate | Unset = UNSET
    vpa_config: WorkloadoptimizationV1VPAConfigUpdate | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hpa_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hpa_config, Unset):
            hpa_config = self.hpa_config.to_dict()

        vpa_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vpa_config, Unset):
            vpa_config = self.vpa_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if hpa_config is not UNSET:
            field_dict["hpaConfig"] = hpa_config
        if vpa_config is not UNSET:
            field_dict["vpaConfig"] = vpa_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workloadoptimization_v1hpa_config_update import (
            WorkloadoptimizationV1HPAConfigUpdate,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1vpa_config_update import (
            WorkloadoptimizationV1VPAConfigUpdate,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _hpa_config = d.pop("hpaConfig", UNSET)
        hpa_config: WorkloadoptimizationV1HPAConfigUpdate | Unset
        if isinstance(_hpa_config, Unset):
            hpa_config = UNSET
        else:
            hpa_config = WorkloadoptimizationV1HPAConfigUpdate.from_dict(_hpa_config)

        _vpa_config = d.pop("vpaConfig", UNSET)
        vpa_config: WorkloadoptimizationV1VPAConfigUpdate | Unset
        if isinstance(_vpa_config, Unset):
            vpa_config = UNSET
        else:
            vpa_config = WorkloadoptimizationV1VPAConfigUpdate.from_dict(_vpa_config)

        workloadoptimization_v1_workload_config_update_v2 = cls(
            hpa_config=hpa_config,
            vpa_config=vpa_config,
        )

        workloadoptimization_v1_workload_config_update_v2.additional_properties = d
        return workloadoptimization_v1_workload_config_update_v2

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
