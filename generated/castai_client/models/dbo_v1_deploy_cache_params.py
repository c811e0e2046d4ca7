from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dbo_v1_cache_group_protocol_type import (
    DboV1CacheGroupProtocolType,
    check_dbo_v1_cache_group_protocol_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="DboV1DeployCacheParams")


@_attrs_define
class DboV1DeployCacheParams:
    """
    Attributes:
        cache_group_id (str):
        helm_chart_values (str | Unset):
        manual_execute_command (str | Unset):
        pooling_enabled (bool | None | Unset):
        protocol_type (DboV1CacheGroupProtocolType | Unset):
    """

    cache_group_id: str
    helm_chart_values: str | Unset = UNSET
    manual_execute_command: str | Unset = UNSET
    pooling_enabled: bool | None | Unset = UNSET
    protocol_type: DboV1CacheGroupProtocolType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cache_group_id = self.cache_group_id

        helm_chart_values = self.helm_chart_values

        manual_execute_command = self.manual_execute_command

        pooling_enabled: bool | None | Unset
        if isinstance(self.pooling_enabled, Unset):
            pooling_enabled = UNSET
        else:
            pooling_enabled = self.pooling_enabled

        protocol_type: str | Unset = UNSET
        if not isinstance(self.protocol_type, Unset):
            protocol_type = self.protocol_type

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
        if pooling_enabled is not UNSET:
            field_dict["poolingEnabled"] = pooling_enabled
        if protocol_type is not UNSET:
            field_dict["protocolType"] = protocol_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cache_group_id = d.pop("cacheGroupId")

        helm_chart_values = d.pop("helmChartValues", UNSET)

        manual_execute_command = d.pop("manualExecuteCommand", UNSET)

        def _parse_pooling_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        pooling_enabled = _parse_pooling_enabled(d.pop("poolingEnabled", UNSET))

        _protocol_type = d.pop("protocolType", UNSET)
        protocol_type: DboV1CacheGroupProtocolType | Unset
        if isinstance(_protocol_type, Unset):
            protocol_type = UNSET
        else:
            protocol_type = check_dbo_v1_cache_group_protocol_type(_protocol_type)

        dbo_v1_deploy_cache_params = cls(
            cache_group_id=cache_group_id,
            helm_chart_values=helm_chart_values,
            manual_execute_command=manual_execute_command,
            pooling_enabled=pooling_enabled,
            protocol_type=protocol_type,
        )

        dbo_v1_deploy_cache_params.additional_properties = d
        return dbo_v1_deploy_cache_params

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
