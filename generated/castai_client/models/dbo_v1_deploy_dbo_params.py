from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DboV1DeployDBOParams")


@_attrs_define
class DboV1DeployDBOParams:
    """
    Attributes:
        database_instance_id (str):
        db_agent_enabled (bool | None | Unset):
        db_optimizer_enabled (bool | None | Unset):
        db_proxy_enabled (bool | None | Unset):
        helm_chart_values (str | Unset):
        manual_execute_command (str | Unset):
        pooling_enabled (bool | None | Unset):
    """

    database_instance_id: str
    db_agent_enabled: bool | None | Unset = UNSET
    db_optimizer_enabled: bool | None | Unset = UNSET
    db_proxy_enabled: bool | None | Unset = UNSET
    helm_chart_values: str | Unset = UNSET
    manual_execute_command: str | Unset = UNSET
    pooling_enabled: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        database_instance_id = self.database_instance_id

        db_agent_enabled: bool | None | Unset
        if isinstance(self.db_agent_enabled, Unset):
            db_agent_enabled = UNSET
        else:
            db_agent_enabled = self.db_agent_enabled

        db_optimizer_enabled: bool | None | Unset
        if isinstance(self.db_optimizer_enabled, Unset):
            db_optimizer_enabled = UNSET
        else:
            db_optimizer_enabled = self.db_optimizer_enabled

        db_proxy_enabled: bool | None | Unset
        if isinstance(self.db_proxy_enabled, Unset):
            db_proxy_enabled = UNSET
        else:
            db_proxy_enabled = self.db_proxy_enabled

        helm_chart_values = self.helm_chart_values

        manual_execute_command = self.manual_execute_command

        pooling_enabled: bool | None | Unset
        if isinstance(self.pooling_enabled, Unset):
            pooling_enabled = UNSET
        else:
            pooling_enabled = self.pooling_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "databaseInstanceId": database_instance_id,
            }
        )
        if db_agent_enabled is not UNSET:
            field_dict["dbAgentEnabled"] = db_agent_enabled
        if db_optimizer_enabled is not UNSET:
            field_dict["dbOptimizerEnabled"] = db_optimizer_enabled
        if db_proxy_enabled is not UNSET:
            field_dict["dbProxyEnabled"] = db_proxy_enabled
        if helm_chart_values is not UNSET:
            field_dict["helmChartValues"] = helm_chart_values
        if manual_execute_command is not UNSET:
            field_dict["manualExecuteCommand"] = manual_execute_command
        if pooling_enabled is not UNSET:
            field_dict["poolingEnabled"] = pooling_enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        database_instance_id = d.pop("databaseInstanceId")

        def _parse_db_agent_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        db_agent_enabled = _parse_db_agent_enabled(d.pop("dbAgentEnabled", UNSET))

        def _parse_db_optimizer_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        db_optimizer_enabled = _parse_db_optimizer_enabled(
            d.pop("dbOptimizerEnabled", UNSET)
        )

        def _parse_db_proxy_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        db_proxy_enabled = _parse_db_proxy_enabled(d.pop("dbProxyEnabled", UNSET))

        helm_chart_values = d.pop("helmChartValues", UNSET)

        manual_execute_command = d.pop("manualExecuteCommand", UNSET)

        def _parse_pooling_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        pooling_enabled = _parse_pooling_enabled(d.pop("poolingEnabled", UNSET))

        dbo_v1_deploy_dbo_params = cls(
            database_instance_id=database_instance_id,
            db_agent_enabled=db_agent_enabled,
            db_optimizer_enabled=db_optimizer_enabled,
            db_proxy_enabled=db_proxy_enabled,
            helm_chart_values=helm_chart_values,
            manual_execute_command=manual_execute_command,
            pooling_enabled=pooling_enabled,
        )

        dbo_v1_deploy_dbo_params.additional_properties = d
        return dbo_v1_deploy_dbo_params

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
