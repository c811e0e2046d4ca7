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


T = TypeVar("T", bound="NodetemplatesV1TemplateConstraintsDedicatedNodeAffinity")


@_attrs_define
class NodetemplatesV1TemplateConstraintsDedicatedNodeAffinity:
    """
    Attributes:
        affinity (list[K8SSelectorV1KubernetesNodeAffinity] | Unset):
        az_name (str | Unset):
        cpus_per_gpu (int | None | Unset):
        instance_types (list[str] | Unset):
        max_cpu (int | None | Unset):
        min_gpus_per_node (int | None | Unset):
        name (str | Unset):
    """

    affinity: list[K8SSelectorV1KubernetesNodeAffinity] | Unset = UNSET
    az_name: str | Unset = UNSET
    cpus_per_gpu: int | None | Unset = UNSET
    instance_types: list[str] | Unset = UNSET
    max_cpu: int | None | Unset = UNSET
    min_gpus_per_node: int | None | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        affinity: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.affinity, Unset):
            affinity = []
            for affinity_item_data in self.affinity:
                affinity_item = affinity_item_data.to_dict()
                affinity.append(affinity_item)

        az_name = self.az_name

        cpus_per_gpu: int | None | Unset
        if isinstance(self.cpus_per_gpu, Unset):
            cpus_per_gpu = UNSET
        else:
            cpus_per_gpu = self.cpus_per_gpu

        instance_types: list[str] | Unset = UNSET
        if not isinstance(self.instance_types, Unset):
            instance_types = self.instance_types

        max_cpu: int | None | Unset
        if isinstance(self.max_cpu, Unset):
            max_cpu = UNSET
        else:
            max_cpu = self.max_cpu

        min_gpus_per_node: int | None | Unset
        if isinstance(self.min_gpus_per_node, Unset):
            min_gpus_per_node = UNSET
        else:
            min_gpus_per_node = self.min_gpus_per_node

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if affinity is not UNSET:
            field_dict["affinity"] = affinity
        if az_name is not UNSET:
            field_dict["azName"] = az_name
        if cpus_per_gpu is not UNSET:
            field_dict["cpusPerGpu"] = cpus_per_gpu
        if instance_types is not UNSET:
            field_dict["instanceTypes"] = instance_types
        if max_cpu is not UNSET:
            field_dict["maxCpu"] = max_cpu
        if min_gpus_per_node is not UNSET:
            field_dict["minGpusPerNode"] = min_gpus_per_node
        if name is not UNSET:
            field_dict["name"] = name

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

        az_name = d.pop("azName", UNSET)

        def _parse_cpus_per_gpu(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        cpus_per_gpu = _parse_cpus_per_gpu(d.pop("cpusPerGpu", UNSET))

        instance_types = cast(list[str], d.pop("instanceTypes", UNSET))

        def _parse_max_cpu(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_cpu = _parse_max_cpu(d.pop("maxCpu", UNSET))

        def _parse_min_gpus_per_node(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        min_gpus_per_node = _parse_min_gpus_per_node(d.pop("minGpusPerNode", UNSET))

        name = d.pop("name", UNSET)

        nodetemplates_v1_template_constraints_dedicated_node_affinity = cls(
            affinity=affinity,
            az_name=az_name,
            cpus_per_gpu=cpus_per_gpu,
            instance_types=instance_types,
            max_cpu=max_cpu,
            min_gpus_per_node=min_gpus_per_node,
            name=name,
        )

        nodetemplates_v1_template_constraints_dedicated_node_affinity.additional_properties = d
        return nodetemplates_v1_template_constraints_dedicated_node_affinity

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
