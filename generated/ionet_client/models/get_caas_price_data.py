from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GetCaasPriceData")


@_attrs_define
class GetCaasPriceData:
    """
    Attributes:
        available_replica_count (list[int]):  Example: [4].
        currency_conversion_fee (float):  Example: 0.
        currency_conversion_fee_percent (float):  Example: 0.
        discount (float):  Example: 0.
        gpus_per_container (int):  Example: 8.
        ionet_fee (float):  Example: 10.51.
        ionet_fee_percent (float):  Example: 2.5.
        replica_count (int):  Example: 1.
        total_cost_usdc (float):  Example: 430.99.
    """

    available_replica_count: list[int]
    currency_conversion_fee: float
    currency_conversion_fee_percent: float
    discount: float
    gpus_per_container: int
    ionet_fee: float
    ionet_fee_percent: float
    replica_count: int
    total_cost_usdc: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        available_replica_count = self.available_replica_count

        currency_conversion_fee = self.currency_conversion_fee

        currency_conversion_fee_percent = self.currency_conversion_fee_percent

        discount = self.discount

        gpus_per_container = self.gpus_per_container

        ionet_fee = self.ionet_fee

        ionet_fee_percent = self.ionet_fee_percent

        replica_count = self.replica_count

        total_cost_usdc = self.total_cost_usdc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "available_replica_count": available_replica_count,
                "currency_conversion_fee": currency_conversion_fee,
                "currency_conversion_fee_percent": currency_conversion_fee_percent,
                "discount": discount,
                "gpus_per_container": gpus_per_container,
                "ionet_fee": ionet_fee,
                "ionet_fee_percent": ionet_fee_percent,
                "replica_count": replica_count,
                "total_cost_usdc": total_cost_usdc,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        available_replica_count = cast(list[int], d.pop("available_replica_count"))

        currency_conversion_fee = d.pop("currency_conversion_fee")

        currency_conversion_fee_percent = d.pop("currency_conversion_fee_percent")

        discount = d.pop("discount")

        gpus_per_container = d.pop("gpus_per_container")

        ionet_fee = d.pop("ionet_fee")

        ionet_fee_percent = d.pop("ionet_fee_percent")

        replica_count = d.pop("replica_count")

        total_cost_usdc = d.pop("total_cost_usdc")

        get_caas_price_data = cls(
            available_replica_count=available_replica_count,
            currency_conversion_fee=currency_conversion_fee,
            currency_conversion_fee_percent=currency_conversion_fee_percent,
            discount=discount,
            gpus_per_container=gpus_per_container,
            ionet_fee=ionet_fee,
            ionet_fee_percent=ionet_fee_percent,
            replica_count=replica_count,
            total_cost_usdc=total_cost_usdc,
        )

        get_caas_price_data.additional_properties = d
        return get_caas_price_data

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
