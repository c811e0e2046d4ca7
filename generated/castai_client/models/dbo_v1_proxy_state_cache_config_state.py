from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dbo_v1_proxy_state_database_connection_status import (
    DboV1ProxyStateDatabaseConnectionStatus,
    check_dbo_v1_proxy_state_database_connection_status,
)

T = TypeVar("T", bound="DboV1ProxyStateCacheConfigState")


@_attrs_define
class DboV1ProxyStateCacheConfigState:
    """
    Attributes:
        cache_id (str):
        config_version (int):
        db_status (DboV1ProxyStateDatabaseConnectionStatus):
    """

    cache_id: str
    config_version: int
    db_status: DboV1ProxyStateDatabaseConnectionStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cache_id = self.cache_id

        config_version = self.config_version

        db_status: str = self.db_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cacheId": cache_id,
                "configVersion": config_version,
                "dbStatus": db_status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cache_id = d.pop("cacheId")

        config_version = d.pop("configVersion")

        db_status = check_dbo_v1_proxy_state_database_connection_status(
            d.pop("dbStatus")
        )

        dbo_v1_proxy_state_cache_config_state = cls(
            cache_id=cache_id,
            config_version=config_version,
            db_status=db_status,
        )

        dbo_v1_proxy_state_cache_config_state.additional_properties = d
        return dbo_v1_proxy_state_cache_config_state

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
