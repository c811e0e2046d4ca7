from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.additional_supply import AdditionalSupply
    from ..models.configuration_price import ConfigurationPrice
    from ..models.datacenter import Datacenter
    from ..models.resource import Resource
    from ..models.server_offering import ServerOffering


T = TypeVar("T", bound="MarketOffering")


@_attrs_define
class MarketOffering:
    """
    Attributes:
        configuration (ConfigurationPrice):
        datacenter (Datacenter):
        max_additional_supply (list[AdditionalSupply]):
        resources (list[Resource]):
        servers (list[ServerOffering]):
    """

    configuration: ConfigurationPrice
    datacenter: Datacenter
    max_additional_supply: list[AdditionalSupply]
    resources: list[Resource]
    servers: list[ServerOffering]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        configuration = self.configuration.to_dict()

        datacenter = self.datacenter.to_dict()

        max_additional_supply = []
        for max_additional_supply_item_data in self.max_additional_supply:
            max_additional_supply_item = max_additional_supply_item_data.to_dict()
            max_additional_supply.append(max_additional_supply_item)

        resources = []
        for resources_item_data in self.resources:
            resources_item = resources_item_data.to_dict()
            resources.append(resources_item)

        servers = []
        for servers_item_data in self.servers:
            servers_item = servers_item_data.to_dict()
            servers.append(servers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "configuration": configuration,
                "datacenter": datacenter,
                "maxAdditionalSupply": max_additional_supply,
                "resources": resources,
                "servers": servers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.additional_supply import AdditionalSupply  # noqa: PLC0415
        from ..models.configuration_price import ConfigurationPrice  # noqa: PLC0415
        from ..models.datacenter import Datacenter  # noqa: PLC0415
        from ..models.resource import Resource  # noqa: PLC0415
        from ..models.server_offering import ServerOffering  # noqa: PLC0415

        d = dict(src_dict)
        configuration = ConfigurationPrice.from_dict(d.pop("configuration"))

        datacenter = Datacenter.from_dict(d.pop("datacenter"))

        max_additional_supply = []
        _max_additional_supply = d.pop("maxAdditionalSupply")
        for max_additional_supply_item_data in _max_additional_supply:
            max_additional_supply_item = AdditionalSupply.from_dict(
                max_additional_supply_item_data
            )

            max_additional_supply.append(max_additional_supply_item)

        resources = []
        _resources = d.pop("resources")
        for resources_item_data in _resources:
            resources_item = Resource.from_dict(resources_item_data)

            resources.append(resources_item)

        servers = []
        _servers = d.pop("servers")
        for servers_item_data in _servers:
            servers_item = ServerOffering.from_dict(servers_item_data)

            servers.append(servers_item)

        market_offering = cls(
            configuration=configuration,
            datacenter=datacenter,
            max_additional_supply=max_additional_supply,
            resources=resources,
            servers=servers,
        )

        market_offering.additional_properties = d
        return market_offering

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
