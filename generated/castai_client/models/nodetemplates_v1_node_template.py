from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.nodetemplates_v1_label import NodetemplatesV1Label
    from ..models.nodetemplates_v1_node_template_custom_labels import (
        NodetemplatesV1NodeTemplateCustomLabels,
    )
    from ..models.nodetemplates_v1_price_adjustment_configuration import (
        NodetemplatesV1PriceAdjustmentConfiguration,
    )
    from ..models.nodetemplates_v1_rebalancing_configuration import (
        NodetemplatesV1RebalancingConfiguration,
    )
    from ..models.nodetemplates_v1_taint import NodetemplatesV1Taint
    from ..models.nodetemplates_v1_template_constraints import (
        NodetemplatesV1TemplateConstraints,
    )
    from ..models.nodetemplates_v1gpu import NodetemplatesV1GPU


T = TypeVar("T", bound="NodetemplatesV1NodeTemplate")


@_attrs_define
class NodetemplatesV1NodeTemplate:
    """
    Attributes:
        clm_enabled (bool | Unset):
        configuration_id (str | Unset):
        configuration_name (str | Unset):
        constraints (NodetemplatesV1TemplateConstraints | Unset):
        custom_instances_enabled (bool | Unset):
        custom_instances_with_extended_memory_enabled (bool | Unset):
        custom_label (NodetemplatesV1Label | Unset):
        custom_labels (NodetemplatesV1NodeTemplateCustomLabels | Unset):
        custom_taints (list[NodetemplatesV1Taint] | Unset):
        edge_location_ids (list[str] | Unset):
        gpu (NodetemplatesV1GPU | Unset):
        is_default (bool | Unset):
        is_enabled (bool | Unset):
        name (str | Unset):
        price_adjustment_configuration (NodetemplatesV1PriceAdjustmentConfiguration | Unset):
        rebalancing_config (NodetemplatesV1RebalancingConfiguration | Unset):
        should_taint (bool | Unset):
        stop_enabled (bool | Unset):
        version (str | Unset):
    """

    clm_enabled: bool | Unset = UNSET
    configuration_id: str | Unset = UNSET
    configuration_name: str | Unset = UNSET
    constraints: NodetemplatesV1TemplateConstraints | Unset = UNSET
    custom_instances_enabled: bool | Unset = UNSET
    custom_instances_with_extended_memory_enabled: bool | Unset = UNSET
    custom_label: NodetemplatesV1Label | Unset = UNSET
    custom_labels: NodetemplatesV1NodeTemplateCustomLabels | Unset = UNSET
    custom_taints: list[NodetemplatesV1Taint] | Unset = UNSET
    edge_location_ids: list[str] | Unset = UNSET
    gpu: NodetemplatesV1GPU | Unset = UNSET
    is_default: bool | Unset = UNSET
    is_enabled: bool | Unset = UNSET
    name: str | Unset = UNSET
    price_adjustment_configuration: (
        NodetemplatesV1PriceAdjustmentConfiguration | Unset
    ) = UNSET
    rebalancing_config: NodetemplatesV1RebalancingConfiguration | Unset = UNSET
    should_taint: bool | Unset = UNSET
    stop_enabled: bool | Unset = UNSET
    version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        clm_enabled = self.clm_enabled

        configuration_id = self.configuration_id

        configuration_name = self.configuration_name

        constraints: dict[str, Any] | Unset = UNSET
        if not isinstance(self.constraints, Unset):
            constraints = self.constraints.to_dict()

        custom_instances_enabled = self.custom_instances_enabled

        custom_instances_with_extended_memory_enabled = (
            self.custom_instances_with_extended_memory_enabled
        )

        custom_label: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_label, Unset):
            custom_label = self.custom_label.to_dict()

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

        name = self.name

        price_adjustment_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.price_adjustment_configuration, Unset):
            price_adjustment_configuration = (
                self.price_adjustment_configuration.to_dict()
            )

        rebalancing_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rebalancing_config, Unset):
            rebalancing_config = self.rebalancing_config.to_dict()

        should_taint = self.should_taint

        stop_enabled = self.stop_enabled

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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
        if custom_label is not UNSET:
            field_dict["customLabel"] = custom_label
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
        if name is not UNSET:
            field_dict["name"] = name
        if price_adjustment_configuration is not UNSET:
            field_dict["priceAdjustmentConfiguration"] = price_adjustment_configuration
        if rebalancing_config is not UNSET:
            field_dict["rebalancingConfig"] = rebalancing_config
        if should_taint is not UNSET:
            field_dict["shouldTaint"] = should_taint
        if stop_enabled is not UNSET:
            field_dict["stopEnabled"] = stop_enabled
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.nodetemplates_v1_label import NodetemplatesV1Label  # noqa: PLC0415
        from ..models.nodetemplates_v1_node_template_custom_labels import (
            NodetemplatesV1NodeTemplateCustomLabels,  # noqa: PLC0415
        )
        from ..models.nodetemplates_v1_price_adjustment_configuration import (
            NodetemplatesV1PriceAdjustmentConfiguration,  # noqa: PLC0415
        )
        from ..models.nodetemplates_v1_rebalancing_configuration import (
            NodetemplatesV1RebalancingConfiguration,  # noqa: PLC0415
        )
        from ..models.nodetemplates_v1_taint import NodetemplatesV1Taint  # noqa: PLC0415
        from ..models.nodetemplates_v1_template_constraints import (
            NodetemplatesV1TemplateConstraints,  # noqa: PLC0415
        )
        from ..models.nodetemplates_v1gpu import NodetemplatesV1GPU  # noqa: PLC0415

        d = dict(src_dict)
        clm_enabled = d.pop("clmEnabled", UNSET)

        configuration_id = d.pop("configurationId", UNSET)

        configuration_name = d.pop("configurationName", UNSET)

        _constraints = d.pop("constraints", UNSET)
        constraints: NodetemplatesV1TemplateConstraints | Unset
        if isinstance(_constraints, Unset):
            constraints = UNSET
        else:
            constraints = NodetemplatesV1TemplateConstraints.from_dict(_constraints)

        custom_instances_enabled = d.pop("customInstancesEnabled", UNSET)

        custom_instances_with_extended_memory_enabled = d.pop(
            "customInstancesWithExtendedMemoryEnabled", UNSET
        )

        _custom_label = d.pop("customLabel", UNSET)
        custom_label: NodetemplatesV1Label | Unset
        if isinstance(_custom_label, Unset):
            custom_label = UNSET
        else:
            custom_label = NodetemplatesV1Label.from_dict(_custom_label)

        _custom_labels = d.pop("customLabels", UNSET)
        custom_labels: NodetemplatesV1NodeTemplateCustomLabels | Unset
        if isinstance(_custom_labels, Unset):
            custom_labels = UNSET
        else:
            custom_labels = NodetemplatesV1NodeTemplateCustomLabels.from_dict(
                _custom_labels
            )

        _custom_taints = d.pop("customTaints", UNSET)
        custom_taints: list[NodetemplatesV1Taint] | Unset = UNSET
        if _custom_taints is not UNSET:
            custom_taints = []
            for custom_taints_item_data in _custom_taints:
                custom_taints_item = NodetemplatesV1Taint.from_dict(
                    custom_taints_item_data
                )

                custom_taints.append(custom_taints_item)

        edge_location_ids = cast(list[str], d.pop("edgeLocationIds", UNSET))

        _gpu = d.pop("gpu", UNSET)
        gpu: NodetemplatesV1GPU | Unset
        if isinstance(_gpu, Unset):
            gpu = UNSET
        else:
            gpu = NodetemplatesV1GPU.from_dict(_gpu)

        is_default = d.pop("isDefault", UNSET)

        is_enabled = d.pop("isEnabled", UNSET)

        name = d.pop("name", UNSET)

        _price_adjustment_configuration = d.pop("priceAdjustmentConfiguration", UNSET)
        price_adjustment_configuration: (
            NodetemplatesV1PriceAdjustmentConfiguration | Unset
        )
        if isinstance(_price_adjustment_configuration, Unset):
            price_adjustment_configuration = UNSET
        else:
            price_adjustment_configuration = (
                NodetemplatesV1PriceAdjustmentConfiguration.from_dict(
                    _price_adjustment_configuration
                )
            )

        _rebalancing_config = d.pop("rebalancingConfig", UNSET)
        rebalancing_config: NodetemplatesV1RebalancingConfiguration | Unset
        if isinstance(_rebalancing_config, Unset):
            rebalancing_config = UNSET
        else:
            rebalancing_config = NodetemplatesV1RebalancingConfiguration.from_dict(
                _rebalancing_config
            )

        should_taint = d.pop("shouldTaint", UNSET)

        stop_enabled = d.pop("stopEnabled", UNSET)

        version = d.pop("version", UNSET)

        nodetemplates_v1_node_template = cls(
            clm_enabled=clm_enabled,
            configuration_id=configuration_id,
            configuration_name=configuration_name,
            constraints=constraints,
            custom_instances_enabled=custom_instances_enabled,
            custom_instances_with_extended_memory_enabled=custom_instances_with_extended_memory_enabled,
            custom_label=custom_label,
            custom_labels=custom_labels,
            custom_taints=custom_taints,
            edge_location_ids=edge_location_ids,
            gpu=gpu,
            is_default=is_default,
            is_enabled=is_enabled,
            name=name,
            price_adjustment_configuration=price_adjustment_configuration,
            rebalancing_config=rebalancing_config,
            should_taint=should_taint,
            stop_enabled=stop_enabled,
            version=version,
        )

        nodetemplates_v1_node_template.additional_properties = d
        return nodetemplates_v1_node_template

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
