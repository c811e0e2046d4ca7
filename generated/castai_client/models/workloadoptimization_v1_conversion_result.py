from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workloadoptimization_v1_conversion_result_status import (
    WorkloadoptimizationV1ConversionResultStatus,
    check_workloadoptimization_v1_conversion_result_status,
)
from ..models.workloadoptimization_v1hpa_converter_type import (
    WorkloadoptimizationV1HPAConverterType,
    check_workloadoptimization_v1hpa_converter_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workloadoptimization_v1hpa_spec import WorkloadoptimizationV1HPASpec


T = TypeVar("T", bound="WorkloadoptimizationV1ConversionResult")


@_attrs_define
class WorkloadoptimizationV1ConversionResult:
    """
    Attributes:
        converter_type (WorkloadoptimizationV1HPAConverterType):
        status (WorkloadoptimizationV1ConversionResultStatus):
        converted (WorkloadoptimizationV1HPASpec | Unset):
        error_message (None | str | Unset):
    """

    converter_type: WorkloadoptimizationV1HPAConverterType
    status: WorkloadoptimizationV1ConversionResultStatus
    converted: WorkloadoptimizationV1HPASpec | Unset = UNSET
    error_message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        converter_type: str = self.converter_type

        status: str = self.status

        converted: dict[str, Any] | Unset = UNSET
        if not isinstance(self.converted, Unset):
            converted = self.converted.to_dict()

        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "converterType": converter_type,
                "status": status,
            }
        )
        if converted is not UNSET:
            field_dict["converted"] = converted
        if error_message is not UNSET:
            field_dict["errorMessage"] = error_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workloadoptimization_v1hpa_spec import (
            WorkloadoptimizationV1HPASpec,  # noqa: PLC0415
        )

        d = dict(src_dict)
        converter_type = check_workloadoptimization_v1hpa_converter_type(
            d.pop("converterType")
        )

        status = check_workloadoptimization_v1_conversion_result_status(d.pop("status"))

        _converted = d.pop("converted", UNSET)
        converted: WorkloadoptimizationV1HPASpec | Unset
        if isinstance(_converted, Unset):
            converted = UNSET
        else:
            converted = WorkloadoptimizationV1HPASpec.from_dict(_converted)

        def _parse_error_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_message = _parse_error_message(d.pop("errorMessage", UNSET))

        workloadoptimization_v1_conversion_result = cls(
            converter_type=converter_type,
            status=status,
            converted=converted,
            error_message=error_message,
        )

        workloadoptimization_v1_conversion_result.additional_properties = d
        return workloadoptimization_v1_conversion_result

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
