from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.dbo_v1_operational_metrics_summary_cache_configuration_metrics import (
        DboV1OperationalMetricsSummaryCacheConfigurationMetrics,
    )


T = TypeVar("T", bound="DboV1OperationalMetricsSummary")


@_attrs_define
class DboV1OperationalMetricsSummary:
    """
    Attributes:
        databases (list[DboV1OperationalMetricsSummaryCacheConfigurationMetrics]):
    """

    databases: list[DboV1OperationalMetricsSummaryCacheConfigurationMetrics]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        databases = []
        for databases_item_data in self.databases:
            databases_item = databases_item_data.to_dict()
            databases.append(databases_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "databases": databases,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dbo_v1_operational_metrics_summary_cache_configuration_metrics import (
            DboV1OperationalMetricsSummaryCacheConfigurationMetrics,  # noqa: PLC0415
        )

        d = dict(src_dict)
        databases = []
        _databases = d.pop("databases")
        for databases_item_data in _databases:
            databases_item = (
                DboV1OperationalMetricsSummaryCacheConfigurationMetrics.from_dict(
                    databases_item_data
                )
            )

            databases.append(databases_item)

        dbo_v1_operational_metrics_summary = cls(
            databases=databases,
        )

        dbo_v1_operational_metrics_summary.additional_properties = d
        return dbo_v1_operational_metrics_summary

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
