from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.k8s_selector_v1_operator import (
    K8SSelectorV1Operator,
    check_k8s_selector_v1_operator,
)

T = TypeVar("T", bound="K8SSelectorV1KubernetesNodeAffinity")


@_attrs_define
class K8SSelectorV1KubernetesNodeAffinity:
    """
    Attributes:
        key (str):
        operator (K8SSelectorV1Operator):
        values (list[str]):
    """

    key: str
    operator: K8SSelectorV1Operator
    values: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        operator: str = self.operator

        values = self.values

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "operator": operator,
                "values": values,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key")

        operator = check_k8s_selector_v1_operator(d.pop("operator"))

        values = cast(list[str], d.pop("values"))

        k8s_selector_v1_kubernetes_node_affinity = cls(
            key=key,
            operator=operator,
            values=values,
        )

        k8s_selector_v1_kubernetes_node_affinity.additional_properties = d
        return k8s_selector_v1_kubernetes_node_affinity

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
