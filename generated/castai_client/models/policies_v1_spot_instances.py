from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.policies_v1_spot_backups import PoliciesV1SpotBackups
    from ..models.policies_v1_spot_interruption_predictions import (
        PoliciesV1SpotInterruptionPredictions,
    )


T = TypeVar("T", bound="PoliciesV1SpotInstances")


@_attrs_define
class PoliciesV1SpotInstances:
    """
    Attributes:
        enabled (bool | None | Unset):
        max_reclaim_rate (int | None | Unset):
        spot_backups (PoliciesV1SpotBackups | Unset):
        spot_diversity_enabled (bool | None | Unset):
        spot_diversity_price_increase_limit_percent (int | None | Unset):
        spot_interruption_predictions (PoliciesV1SpotInterruptionPredictions | Unset):
    """

    enabled: bool | None | Unset = UNSET
    max_reclaim_rate: int | None | Unset = UNSET
    spot_backups: PoliciesV1SpotBackups | Unset = UNSET
    spot_diversity_enabled: bool | None | Unset = UNSET
    spot_diversity_price_increase_limit_percent: int | None | Unset = UNSET
    spot_interruption_predictions: PoliciesV1SpotInterruptionPredictions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        max_reclaim_rate: int | None | Unset
        if isinstance(self.max_reclaim_rate, Unset):
            max_reclaim_rate = UNSET
        else:
            max_reclaim_rate = self.max_reclaim_rate

        spot_backups: dict[str, Any] | Unset = UNSET
        if not isinstance(self.spot_backups, Unset):
            spot_backups = self.spot_backups.to_dict()

        spot_diversity_enabled: bool | None | Unset
        if isinstance(self.spot_diversity_enabled, Unset):
            spot_diversity_enabled = UNSET
        else:
            spot_diversity_enabled = self.spot_diversity_enabled

        spot_diversity_price_increase_limit_percent: int | None | Unset
        if isinstance(self.spot_diversity_price_increase_limit_percent, Unset):
            spot_diversity_price_increase_limit_percent = UNSET
        else:
            spot_diversity_price_increase_limit_percent = (
                self.spot_diversity_price_increase_limit_percent
            )

        spot_interruption_predictions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.spot_interruption_predictions, Unset):
            spot_interruption_predictions = self.spot_interruption_predictions.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if max_reclaim_rate is not UNSET:
            field_dict["maxReclaimRate"] = max_reclaim_rate
        if spot_backups is not UNSET:
            field_dict["spotBackups"] = spot_backups
        if spot_diversity_enabled is not UNSET:
            field_dict["spotDiversityEnabled"] = spot_diversity_enabled
        if spot_diversity_price_increase_limit_percent is not UNSET:
            field_dict["spotDiversityPriceIncreaseLimitPercent"] = (
                spot_diversity_price_increase_limit_percent
            )
        if spot_interruption_predictions is not UNSET:
            field_dict["spotInterruptionPredictions"] = spot_interruption_predictions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.policies_v1_spot_backups import PoliciesV1SpotBackups  # noqa: PLC0415
        from ..models.policies_v1_spot_interruption_predictions import (
            PoliciesV1SpotInterruptionPredictions,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enabled = _parse_enabled(d.pop("enabled", UNSET))

        def _parse_max_reclaim_rate(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_reclaim_rate = _parse_max_reclaim_rate(d.pop("maxReclaimRate", UNSET))

        _spot_backups = d.pop("spotBackups", UNSET)
        spot_backups: PoliciesV1SpotBackups | Unset
        if isinstance(_spot_backups, Unset):
            spot_backups = UNSET
        else:
            spot_backups = PoliciesV1SpotBackups.from_dict(_spot_backups)

        def _parse_spot_diversity_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        spot_diversity_enabled = _parse_spot_diversity_enabled(
            d.pop("spotDiversityEnabled", UNSET)
        )

        def _parse_spot_diversity_price_increase_limit_percent(
            data: object,
        ) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        spot_diversity_price_increase_limit_percent = (
            _parse_spot_diversity_price_increase_limit_percent(
                d.pop("spotDiversityPriceIncreaseLimitPercent", UNSET)
            )
        )

        _spot_interruption_predictions = d.pop("spotInterruptionPredictions", UNSET)
        spot_interruption_predictions: PoliciesV1SpotInterruptionPredictions | Unset
        if isinstance(_spot_interruption_predictions, Unset):
            spot_interruption_predictions = UNSET
        else:
            spot_interruption_predictions = (
                PoliciesV1SpotInterruptionPredictions.from_dict(
                    _spot_interruption_predictions
                )
            )

        policies_v1_spot_instances = cls(
            enabled=enabled,
            max_reclaim_rate=max_reclaim_rate,
            spot_backups=spot_backups,
            spot_diversity_enabled=spot_diversity_enabled,
            spot_diversity_price_increase_limit_percent=spot_diversity_price_increase_limit_percent,
            spot_interruption_predictions=spot_interruption_predictions,
        )

        policies_v1_spot_instances.additional_properties = d
        return policies_v1_spot_instances

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
