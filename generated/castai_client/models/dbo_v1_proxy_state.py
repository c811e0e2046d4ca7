from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.dbo_v1_proxy_state_cache_config_state import (
        DboV1ProxyStateCacheConfigState,
    )
    from ..models.dbo_v1_proxy_state_cache_deployment import (
        DboV1ProxyStateCacheDeployment,
    )
    from ..models.dbo_v1_proxy_state_traffic_insights import (
        DboV1ProxyStateTrafficInsights,
    )


T = TypeVar("T", bound="DboV1ProxyState")


@_attrs_define
class DboV1ProxyState:
    """
    Attributes:
        config_states (list[DboV1ProxyStateCacheConfigState]):
        deployment (DboV1ProxyStateCacheDeployment):
        traffic_insights (list[DboV1ProxyStateTrafficInsights]):
    """

    config_states: list[DboV1ProxyStateCacheConfigState]
    deployment: DboV1ProxyStateCacheDeployment
    traffic_insights: list[DboV1ProxyStateTrafficInsights]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        config_states = []
        for config_states_item_data in self.config_states:
            config_states_item = config_states_item_data.to_dict()
            config_states.append(config_states_item)

        deployment = self.deployment.to_dict()

        traffic_insights = []
        for traffic_insights_item_data in self.traffic_insights:
            traffic_insights_item = traffic_insights_item_data.to_dict()
            traffic_insights.append(traffic_insights_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "configStates": config_states,
                "deployment": deployment,
                "trafficInsights": traffic_insights,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dbo_v1_proxy_state_cache_config_state import (
            DboV1ProxyStateCacheConfigState,  # noqa: PLC0415
        )
        from ..models.dbo_v1_proxy_state_cache_deployment import (
            DboV1ProxyStateCacheDeployment,  # noqa: PLC0415
        )
        from ..models.dbo_v1_proxy_state_traffic_insights import (
            DboV1ProxyStateTrafficInsights,  # noqa: PLC0415
        )

        d = dict(src_dict)
        config_states = []
        _config_states = d.pop("configStates")
        for config_states_item_data in _config_states:
            config_states_item = DboV1ProxyStateCacheConfigState.from_dict(
                config_states_item_data
            )

            config_states.append(config_states_item)

        deployment = DboV1ProxyStateCacheDeployment.from_dict(d.pop("deployment"))

        traffic_insights = []
        _traffic_insights = d.pop("trafficInsights")
        for traffic_insights_item_data in _traffic_insights:
            traffic_insights_item = DboV1ProxyStateTrafficInsights.from_dict(
                traffic_insights_item_data
            )

            traffic_insights.append(traffic_insights_item)

        dbo_v1_proxy_state = cls(
            config_states=config_states,
            deployment=deployment,
            traffic_insights=traffic_insights,
        )

        dbo_v1_proxy_state.additional_properties = d
        return dbo_v1_proxy_state

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
