from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.castai_v1_cloud import CastaiV1Cloud, check_castai_v1_cloud
from ..models.dbo_v1_database_type import DboV1DatabaseType, check_dbo_v1_database_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="DboV1DatabaseInstanceConfiguration")


@_attrs_define
class DboV1DatabaseInstanceConfiguration:
    """
    Attributes:
        hostname (str):
        port (int):
        type_ (DboV1DatabaseType):
        cloud (CastaiV1Cloud | Unset):
    """

    hostname: str
    port: int
    type_: DboV1DatabaseType
    cloud: CastaiV1Cloud | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hostname = self.hostname

        port = self.port

        type_: str = self.type_

        cloud: str | Unset = UNSET
        if not isinstance(self.cloud, Unset):
            cloud = self.cloud

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "hostname": hostname,
                "port": port,
                "type": type_,
            }
        )
        if cloud is not UNSET:
            field_dict["cloud"] = cloud

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        hostname = d.pop("hostname")

        port = d.pop("port")

        type_ = check_dbo_v1_database_type(d.pop("type"))

        _cloud = d.pop("cloud", UNSET)
        cloud: CastaiV1Cloud | Unset
        if isinstance(_cloud, Unset):
            cloud = UNSET
        else:
            cloud = check_castai_v1_cloud(_cloud)

        dbo_v1_database_instance_configuration = cls(
            hostname=hostname,
            port=port,
            type_=type_,
            cloud=cloud,
        )

        dbo_v1_database_instance_configuration.additional_properties = d
        return dbo_v1_database_instance_configuration

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
