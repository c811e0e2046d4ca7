from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.k8s_selector_v1_kubernetes_node_affinity import (
        K8SSelectorV1KubernetesNodeAffinity,
    )


T = TypeVar("T", bound="ExternalclusterV1NodeAffinity")


@_attrs_define
class ExternalclusterV1NodeAffinity:
    """
    Attributes:
        affinity (list[K8SSelectorV1KubernetesNodeAffinity] | Unset):
        dedicated_group (None | str | Unset):
    """

    affinity: list[K8SSelectorV1KubernetesNodeAffinity] | Unset = UNSET
    dedicated_group: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        affinity: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.affinity, Unset):
            affinity = []
            for affinity_item_data in self.affinity:
                affinity_item = affinity_item_data.to_dict()
                affinity.append(affinity_item)

        dedicated_group: None | str | Unset
        if isinstance(self.dedicated_group, Unset):
            dedicated_group = UNSET
        else:
            dedicated_group = self.dedicated_group

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if affinity is not UNSET:
            field_dict["affinity"] = affinity
        if dedicated_group is not UNSET:
            field_dict["dedicatedGroup"] = dedicated_group

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.k8s_selector_v1_kubernetes_node_affinity import (
            K8SSelectorV1KubernetesNodeAffinity,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _affinity = d.pop("affinity", UNSET)
        affinity: list[K8SSelectorV1KubernetesNodeAffinity] | Unset = UNSET
        if _affinity is not UNSET:
            affinity = []
            for affinity_item_data in _affinity:
                affinity_item = K8SSelectorV1KubernetesNodeAffinity.from_dict(
                    affinity_item_data
                )

                affinity.append(affinity_item)

        def _parse_dedicated_group(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dedicated_group = _parse_dedicated_group(d.pop("dedicatedGroup", UNSET))

        externalcluster_v1_node_affinity = cls(
            affinity=affinity,
            dedicated_group=dedicated_group,
        )

        externalcluster_v1_node_affinity.additional_properties = d
        return externalcluster_v1_node_affinity

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
