from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DboV1DeployDBAgentParams")


@_attrs_define
class DboV1DeployDBAgentParams:
    """
    Attributes:
        cache_group_id (str):
        helm_chart_values (str | Unset):
        manual_execute_command (str | Unset):
    """

    cache_group_id: str
    helm_chart_values: str | Unset = UNSET
    manual_execute_command: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cache_group_id = self.cache_group_id

        helm_chart_values = self.helm_chart_values

        manual_execute_command = self.manual_execute_command

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cacheGroupId": cache_group_id,
            }
        )
        if helm_chart_values is not UNSET:
            field_dict["helmChartValues"] = helm_chart_values
        if manual_execute_command is not UNSET:
            field_dict["manualExecuteCommand"] = manual_execute_command

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cache_group_id = d.pop("cacheGroupId")

        helm_chart_values = d.pop("helmChartValues", UNSET)

        manual_execute_command = d.pop("manualExecuteCommand", UNSET)

        dbo_v1_deploy_db_agent_params = cls(
            cache_group_id=cache_group_id,
            helm_chart_values=helm_chart_values,
            manual_execute_command=manual_execute_command,
        )

        dbo_v1_deploy_db_agent_params.additional_properties = d
        return dbo_v1_deploy_db_agent_params

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
