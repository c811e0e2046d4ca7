from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.additional_resources import AdditionalResources
    from ..models.datacenter_constraint import DatacenterConstraint
    from ..models.hardware_constraints import HardwareConstraints


T = TypeVar("T", bound="OfferConstraints")


@_attrs_define
class OfferConstraints:
    """Filters for offers. Every field is optional and may be null; `{}` matches every offer.

    Example:
        {'basicConfiguration': 'cpu-4-ram-8gb-storage-25gb', 'datacenter': {'countries': ['FR']},
            'maxTotalPricePerEpochUsd': '1.5'}

    Attributes:
        additional_resources (AdditionalResources | None | Unset):
        basic_configuration (None | str | Unset):
        datacenter (DatacenterConstraint | None | Unset):
        hardware (HardwareConstraints | None | Unset):
        max_total_price_per_epoch_usd (None | str | Unset): Highest price per VM per epoch, in USD.
    """

    additional_resources: AdditionalResources | None | Unset = UNSET
    basic_configuration: None | str | Unset = UNSET
    datacenter: DatacenterConstraint | None | Unset = UNSET
    hardware: HardwareConstraints | None | Unset = UNSET
    max_total_price_per_epoch_usd: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.additional_resources import AdditionalResources  # noqa: PLC0415
        from ..models.datacenter_constraint import DatacenterConstraint  # noqa: PLC0415
        from ..models.hardware_constraints import HardwareConstraints  # noqa: PLC0415

        additional_resources: dict[str, Any] | None | Unset
        if isinstance(self.additional_resources, Unset):
            additional_resources = UNSET
        elif isinstance(self.additional_resources, AdditionalResources):
            additional_resources = self.additional_resources.to_dict()
        else:
            additional_resources = self.additional_resources

        basic_configuration: None | str | Unset
        if isinstance(self.basic_configuration, Unset):
            basic_configuration = UNSET
        else:
            basic_configuration = self.basic_configuration

        datacenter: dict[str, Any] | None | Unset
        if isinstance(self.datacenter, Unset):
            datacenter = UNSET
        elif isinstance(self.datacenter, DatacenterConstraint):
            datacenter = self.datacenter.to_dict()
        else:
            datacenter = self.datacenter

        hardware: dict[str, Any] | None | Unset
        if isinstance(self.hardware, Unset):
            hardware = UNSET
        elif isinstance(self.hardware, HardwareConstraints):
            hardware = self.hardware.to_dict()
        else:
            hardware = self.hardware

        max_total_price_per_epoch_usd: None | str | Unset
        if isinstance(self.max_total_price_per_epoch_usd, Unset):
            max_total_price_per_epoch_usd = UNSET
        else:
            max_total_price_per_epoch_usd = self.max_total_price_per_epoch_usd

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if additional_resources is not UNSET:
            field_dict["additionalResources"] = additional_resources
        if basic_configuration is not UNSET:
            field_dict["basicConfiguration"] = basic_configuration
        if datacenter is not UNSET:
            field_dict["datacenter"] = datacenter
        if hardware is not UNSET:
            field_dict["hardware"] = hardware
        if max_total_price_per_epoch_usd is not UNSET:
            field_dict["maxTotalPricePerEpochUsd"] = max_total_price_per_epoch_usd

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.additional_resources import AdditionalResources  # noqa: PLC0415
        from ..models.datacenter_constraint import DatacenterConstraint  # noqa: PLC0415
        from ..models.hardware_constraints import HardwareConstraints  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_additional_resources(
            data: object,
        ) -> AdditionalResources | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                additional_resources_type_0 = AdditionalResources.from_dict(data)

                return additional_resources_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AdditionalResources | None | Unset, data)

        additional_resources = _parse_additional_resources(
            d.pop("additionalResources", UNSET)
        )

        def _parse_basic_configuration(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        basic_configuration = _parse_basic_configuration(
            d.pop("basicConfiguration", UNSET)
        )

        def _parse_datacenter(data: object) -> DatacenterConstraint | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                datacenter_type_0 = DatacenterConstraint.from_dict(data)

                return datacenter_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DatacenterConstraint | None | Unset, data)

        datacenter = _parse_datacenter(d.pop("datacenter", UNSET))

        def _parse_hardware(data: object) -> HardwareConstraints | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                hardware_type_0 = HardwareConstraints.from_dict(data)

                return hardware_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(HardwareConstraints | None | Unset, data)

        hardware = _parse_hardware(d.pop("hardware", UNSET))

        def _parse_max_total_price_per_epoch_usd(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        max_total_price_per_epoch_usd = _parse_max_total_price_per_epoch_usd(
            d.pop("maxTotalPricePerEpochUsd", UNSET)
        )

        offer_constraints = cls(
            additional_resources=additional_resources,
            basic_configuration=basic_configuration,
            datacenter=datacenter,
            hardware=hardware,
            max_total_price_per_epoch_usd=max_total_price_per_epoch_usd,
        )

        offer_constraints.additional_properties = d
        return offer_constraints

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
