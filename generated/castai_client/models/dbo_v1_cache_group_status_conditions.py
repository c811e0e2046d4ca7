from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DboV1CacheGroupStatusConditions")


@_attrs_define
class DboV1CacheGroupStatusConditions:
    """
    Attributes:
        chart_up_to_date (bool | Unset):
        connection_issue (bool | Unset):
        descriptions (list[str] | Unset):
        pooling_enabled (bool | Unset):
        pull_timeout (bool | Unset):
        redeployment_needed (bool | Unset):
        using_latest_configuration (bool | Unset):
    """

    chart_up_to_date: bool | Unset = UNSET
    connection_issue: bool | Unset = UNSET
    descriptions: list[str] | Unset = UNSET
    pooling_enabled: bool | Unset = UNSET
    pull_timeout: bool | Unset = UNSET
    redeployment_needed: bool | Unset = UNSET
    using_latest_configuration: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chart_up_to_date = self.chart_up_to_date

        connection_issue = self.connection_issue

        descriptions: list[str] | Unset = UNSET
        if not isinstance(self.descriptions, Unset):
            descriptions = self.descriptions

        pooling_enabled = self.pooling_enabled

        pull_timeout = self.pull_timeout

        redeployment_needed = self.redeployment_needed

        using_latest_configuration = self.using_latest_configuration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if chart_up_to_date is not UNSET:
            field_dict["chartUpToDate"] = chart_up_to_date
        if connection_issue is not UNSET:
            field_dict["connectionIssue"] = connection_issue
        if descriptions is not UNSET:
            field_dict["descriptions"] = descriptions
        if pooling_enabled is not UNSET:
            field_dict["poolingEnabled"] = pooling_enabled
        if pull_timeout is not UNSET:
            field_dict["pullTimeout"] = pull_timeout
        if redeployment_needed is not UNSET:
            field_dict["redeploymentNeeded"] = redeployment_needed
        if using_latest_configuration is not UNSET:
            field_dict["usingLatestConfiguration"] = using_latest_configuration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        chart_up_to_date = d.pop("chartUpToDate", UNSET)

        connection_issue = d.pop("connectionIssue", UNSET)

        descriptions = cast(list[str], d.pop("descriptions", UNSET))

        pooling_enabled = d.pop("poolingEnabled", UNSET)

        pull_timeout = d.pop("pullTimeout", UNSET)

        redeployment_needed = d.pop("redeploymentNeeded", UNSET)

        using_latest_configuration = d.pop("usingLatestConfiguration", UNSET)

        dbo_v1_cache_group_status_conditions = cls(
            chart_up_to_date=chart_up_to_date,
            connection_issue=connection_issue,
            descriptions=descriptions,
            pooling_enabled=pooling_enabled,
            pull_timeout=pull_timeout,
            redeployment_needed=redeployment_needed,
            using_latest_configuration=using_latest_configuration,
        )

        dbo_v1_cache_group_status_conditions.additional_properties = d
        return dbo_v1_cache_group_status_conditions

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
