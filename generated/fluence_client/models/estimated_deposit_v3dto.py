from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EstimatedDepositV3DTO")


@_attrs_define
class EstimatedDepositV3DTO:
    """
    Example:
        {'depositAmountUsdc': '7.01532', 'depositEpochs': 2, 'instances': 10, 'maxPricePerEpoch': '0.35793',
            'totalPricePerEpoch': '3.50766'}

    Attributes:
        deposit_amount_usdc (str): A USDC amount as a decimal string (up to 6 decimals). Example: 0.30698.
        deposit_epochs (int):  Example: 2.
        instances (int):  Example: 10.
        max_price_per_epoch (str): A USDC amount as a decimal string (up to 6 decimals). Example: 0.30698.
        total_price_per_epoch (str): A USDC amount as a decimal string (up to 6 decimals). Example: 0.30698.
    """

    deposit_amount_usdc: str
    deposit_epochs: int
    instances: int
    max_price_per_epoch: str
    total_price_per_epoch: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deposit_amount_usdc = self.deposit_amount_usdc

        deposit_epochs = self.deposit_epochs

        instances = self.instances

        max_price_per_epoch = self.max_price_per_epoch

        total_price_per_epoch = self.total_price_per_epoch

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "depositAmountUsdc": deposit_amount_usdc,
                "depositEpochs": deposit_epochs,
                "instances": instances,
                "maxPricePerEpoch": max_price_per_epoch,
                "totalPricePerEpoch": total_price_per_epoch,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        deposit_amount_usdc = d.pop("depositAmountUsdc")

        deposit_epochs = d.pop("depositEpochs")

        instances = d.pop("instances")

        max_price_per_epoch = d.pop("maxPricePerEpoch")

        total_price_per_epoch = d.pop("totalPricePerEpoch")

        estimated_deposit_v3dto = cls(
            deposit_amount_usdc=deposit_amount_usdc,
            deposit_epochs=deposit_epochs,
            instances=instances,
            max_price_per_epoch=max_price_per_epoch,
            total_price_per_epoch=total_price_per_epoch,
        )

        estimated_deposit_v3dto.additional_properties = d
        return estimated_deposit_v3dto

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
