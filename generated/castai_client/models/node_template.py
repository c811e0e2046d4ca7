from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.node_template_custom_labels import NodeTemplateCustomLabels
    from ..models.node_template_gpu import NodeTemplateGPU
    from ..models.node_template_taint import NodeTemplateTaint
    from ..models.template_constraints import TemplateConstraints


T = TypeVar("T", bound="NodeTemplate")


@_attrs_define
class NodeTemplate:
    """A node template of a cluster.

    Attributes:
        name (str):  Example: spot-workers.
        clm_enabled (bool | Unset):  Example: False.
        configuration_id (UUID | Unset):  Example: 5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9.
        configuration_name (str | Unset):  Example: default.
        constraints (TemplateConstraints | Unset): Limits on the instances a node template may choose.
        custom_instances_enabled (bool | Unset):  Example: False.
        custom_instances_with_extended_memory_enabled (bool | Unset):  Example: False.
        custom_labels (NodeTemplateCustomLabels | Unset):  Example: {'pool': 'spot-workers'}.
        custom_taints (list[NodeTemplateTaint] | Unset):
        edge_location_ids (list[str] | Unset):
        gpu (NodeTemplateGPU | Unset): GPU sharing settings of a node template.
        is_default (bool | Unset):  Example: False.
        is_enabled (bool | Unset):  Example: True.
        should_taint (bool | Unset):  Example: True.
        stop_enabled (bool | Unset):  Example: False.
        version (str | Unset):  Example: 4.
    """

    name: str
    clm_enabled: bool | Unset = UNSET
    configuration_id: UUID | Unset = UNSET
    configuration_name: str | Unset = UNSET
    constraints: TemplateConstraints | Unset = UNSET
    custom_instances_enabled: bool | Unset = UNSET
    custom_instances_with_extended_memory_enabled: bool | Unset = UNSET
    custom_labels: NodeTemplateCustomLabels | Unset = UNSET
    custom_taints: list[NodeTemplateTaint] | Unset = UNSET
    edge_location_ids: list[str] | Unset = UNSET
    gpu: NodeTemplateGPU | Unset = UNSET
    is_default: bool | Unset = UNSET
    is_enabled: bool | Unset = UNSET
    should_taint: bool | Unset = UNSET
    stop_enabled: bool | Unset = UNSET
    version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        clm_enabled = self.clm_enabled

        configuration_id: str | Unset = UNSET
        if not isinstance(self.configuration_id, Unset):
            configuration_id = str(self.configuration_id)

        configuration_name = self.configuration_name

        constraints: dict[str, Any] | Unset = UNSET
        if not isinstance(self.constraints, Unset):
            constraints = self.constraints.to_dict()

        custom_instances_enabled = self.custom_instances_enabled

        custom_instances_with_extended_memory_enabled = (
            self.custom_instances_with_extended_memory_enabled
        )

        custom_labels: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_labels, Unset):
            custom_labels = self.custom_labels.to_dict()

        custom_taints: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_taints, Unset):
            custom_taints = []
            for custom_taints_item_data in self.custom_taints:
                custom_taints_item = custom_taints_item_data.to_dict()
                custom_taints.append(custom_taints_item)

        edge_location_ids: list[str] | Unset = UNSET
        if not isinstance(self.edge_location_ids, Unset):
            edge_location_ids = self.edge_location_ids

        gpu: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gpu, Unset):
            gpu = self.gpu.to_dict()

        is_default = self.is_default

        is_enabled = self.is_enabled

        should_taint = self.should_taint

        stop_enabled = self.stop_enabled

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if clm_enabled is not UNSET:
            field_dict["clmEnabled"] = clm_enabled
        if configuration_id is not UNSET:
            field_dict["configurationId"] = configuration_id
        if configuration_name is not UNSET:
            field_dict["configurationName"] = configuration_name
        if constraints is not UNSET:
            field_dict["constraints"] = constraints
        if custom_instances_enabled is not UNSET:
            field_dict["customInstancesEnabled"] = custom_instances_enabled
        if custom_instances_with_extended_memory_enabled is not UNSET:
            field_dict["customInstancesWithExtendedMemoryEnabled"] = (
                custom_instances_with_extended_memory_enabled
            )
        if custom_labels is not UNSET:
            field_dict["customLabels"] = custom_labels
        if custom_taints is not UNSET:
            field_dict["customTaints"] = custom_taints
        if edge_location_ids is not UNSET:
            field_dict["edgeLocationIds"] = edge_location_ids
        if gpu is not UNSET:
            field_dict["gpu"] = gpu
        if is_default is not UNSET:
            field_dict["isDefault"] = is_default
        if is_enabled is not UNSET:
            field_dict["isEnabled"] = is_enabled
        if should_taint is not UNSET:
            field_dict["shouldTaint"] = should_taint
        if stop_enabled is not UNSET:
            field_dict["stopEnabled"] = stop_enabled
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.node_template_custom_labels import NodeTemplateCustomLabels  # noqa: PLC0415
        from ..models.node_template_gpu import NodeTemplateGPU  # noqa: PLC0415
        from ..models.node_template_taint import NodeTemplateTaint  # noqa: PLC0415
        from ..models.template_constraints import TemplateConstraints  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        clm_enabled = d.pop("clmEnabled", UNSET)

        _configuration_id = d.pop("configurationId", UNSET)
        configuration_id: UUID | Unset
        if isinstance(_configuration_id, Unset):
            configuration_id = UNSET
        else:
            configuration_id = UUID(_configuration_id)

        configuration_name = d.pop("configurationName", UNSET)

        _constraints = d.pop("constraints", UNSET)
        constraints: TemplateConstraints | Unset
        if isinstance(_constraints, Unset):
            constraints = UNSET
        else:
            constraints = TemplateConstraints.from_dict(_constraints)

        custom_instances_enabled = d.pop("customInstancesEnabled", UNSET)

        custom_instances_with_extended_memory_enabled = d.pop(
            "customInstancesWithExtendedMemoryEnabled", UNSET
        )

        _custom_labels = d.pop("customLabels", UNSET)
        custom_labels: NodeTemplateCustomLabels | Unset
        if isinstance(_custom_labels, Unset):
            custom_labels = UNSET
        else:
            custom_labels = NodeTemplateCustomLabels.from_dict(_custom_labels)

        _custom_taints = d.pop("customTaints", UNSET)
        custom_taints: list[NodeTemplateTaint] | Unset = UNSET
        if _custom_taints is not UNSET:
            custom_taints = []
            for custom_taints_item_data in _custom_taints:
                custom_taints_item = NodeTemplateTaint.from_dict(
                    custom_taints_item_data
                )

                custom_taints.append(custom_taints_item)

        edge_location_ids = cast(list[str], d.pop("edgeLocationIds", UNSET))

        _gpu = d.pop("gpu", UNSET)
        gpu: NodeTemplateGPU | Unset
        if isinstance(_gpu, Unset):
            gpu = UNSET
        else:
            gpu = NodeTemplateGPU.from_dict(_gpu)

        is_default = d.pop("isDefault", UNSET)

        is_enabled = d.pop("isEnabled", UNSET)

        should_taint = d.pop("shouldTaint", UNSET)

        stop_enabled = d.pop("stopEnabled", UNSET)

        version = d.pop("version", UNSET)

        node_template = cls(
            name=name,
            clm_enabled=clm_enabled,
            configuration_id=configuration_id,
            configuration_name=configuration_name,
            constraints=constraints,
            custom_instances_enabled=custom_instances_enabled,
            custom_instances_with_extended_memory_enabled=custom_instances_with_extended_memory_enabled,
            custom_labels=custom_labels,
            custom_taints=custom_taints,
            edge_location_ids=edge_location_ids,
            gpu=gpu,
            is_default=is_default,
            is_enabled=is_enabled,
            should_taint=should_taint,
            stop_enabled=stop_enabled,
            version=version,
        )

        node_template.additional_properties = d
        return node_template

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
