from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.nodetemplates_v1_price_adjustment_configuration_instance_type_adjustments import (
        NodetemplatesV1PriceAdjustmentConfigurationInstanceTypeAdjustments,
    )


T = TypeVar("T", bound="NodetemplatesV1PriceAdjustmentConfiguration")


@_attrs_define
class NodetemplatesV1PriceAdjustmentConfiguration:
    """
    Attributes:
        instance_type_adjustments (NodetemplatesV1PriceAdjustmentConfigurationInstanceTypeAdjustments | Unset):
    """

    instance_type_adjustments: (
        NodetemplatesV1PriceAdjustmentConfigurationInstanceTypeAdjustments | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        instance_type_adjustments: dict[str, Any] | Unset = UNSET
        if not isinstance(self.instance_type_adjustments, Unset):
            instance_type_adjustments = self.instance_type_adjustments.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if instance_type_adjustments is not UNSET:
            field_dict["instanceTypeAdjustments"] = instance_type_adjustments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.nodetemplates_v1_price_adjustment_configuration_instance_type_adjustments import (
            NodetemplatesV1PriceAdjustmentConfigurationInstanceTypeAdjustments,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _instance_type_adjustments = d.pop("instanceTypeAdjustments", UNSET)
        instance_type_adjustments: (
            NodetemplatesV1PriceAdjustmentConfigurationInstanceTypeAdjustments | Unset
        )
        if isinstance(_instance_type_adjustments, Unset):
            instance_type_adjustments = UNSET
        else:
            instance_type_adjustments = NodetemplatesV1PriceAdjustmentConfigurationInstanceTypeAdjustments.from_dict(
                _instance_type_adjustments
            )

        nodetemplates_v1_price_adjustment_configuration = cls(
            instance_type_adjustments=instance_type_adjustments,
        )

        nodetemplates_v1_price_adjustment_configuration.additional_properties = d
        return nodetemplates_v1_price_adjustment_configuration

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
