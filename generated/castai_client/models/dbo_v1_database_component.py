from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dbo_v1_database_cluster import DboV1DatabaseCluster
    from ..models.dbo_v1_database_instance import DboV1DatabaseInstance


T = TypeVar("T", bound="DboV1DatabaseComponent")


@_attrs_define
class DboV1DatabaseComponent:
    """
    Attributes:
        cluster (DboV1DatabaseCluster | Unset):
        instance (DboV1DatabaseInstance | Unset):
    """

    cluster: DboV1DatabaseCluster | Unset = UNSET
    instance: DboV1DatabaseInstance | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cluster: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cluster, Unset):
            cluster = self.cluster.to_dict()

        instance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.instance, Unset):
            instance = self.instance.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cluster is not UNSET:
            field_dict["cluster"] = cluster
        if instance is not UNSET:
            field_dict["instance"] = instance

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dbo_v1_database_cluster import DboV1DatabaseCluster  # noqa: PLC0415
        from ..models.dbo_v1_database_instance import DboV1DatabaseInstance  # noqa: PLC0415

        d = dict(src_dict)
        _cluster = d.pop("cluster", UNSET)
        cluster: DboV1DatabaseCluster | Unset
        if isinstance(_cluster, Unset):
            cluster = UNSET
        else:
            cluster = DboV1DatabaseCluster.from_dict(_cluster)

        _instance = d.pop("instance", UNSET)
        instance: DboV1DatabaseInstance | Unset
        if isinstance(_instance, Unset):
            instance = UNSET
        else:
            instance = DboV1DatabaseInstance.from_dict(_instance)

        dbo_v1_database_component = cls(
            cluster=cluster,
            instance=instance,
        )

        dbo_v1_database_component.additional_properties = d
        return dbo_v1_database_component

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
