from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar(
    "T", bound="WorkloadoptimizationV1CustomMetricsDataSourceDataPrometheusDataSource"
)


@_attrs_define
class WorkloadoptimizationV1CustomMetricsDataSourceDataPrometheusDataSource:
    """
    Attributes:
        url (str):
        timeout (str | Unset):
    """

    url: str
    timeout: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        timeout = self.timeout

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
            }
        )
        if timeout is not UNSET:
            field_dict["timeout"] = timeout

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url")

        timeout = d.pop("timeout", UNSET)

        workloadoptimization_v1_custom_metrics_data_source_data_prometheus_data_source = cls(
            url=url,
            timeout=timeout,
        )

        workloadoptimization_v1_custom_metrics_data_source_data_prometheus_data_source.additional_properties = d
        return workloadoptimization_v1_custom_metrics_data_source_data_prometheus_data_source

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
