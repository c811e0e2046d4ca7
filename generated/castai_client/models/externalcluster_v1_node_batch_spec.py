from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.externalcluster_v1_compute_capacity import (
        ExternalclusterV1ComputeCapacity,
    )
    from ..models.externalcluster_v1_node_batch_config import (
        ExternalclusterV1NodeBatchConfig,
    )
    from ..models.externalcluster_v1_node_batch_option import (
        ExternalclusterV1NodeBatchOption,
    )
    from ..models.externalcluster_v1eks_node_batch_config import (
        ExternalclusterV1EKSNodeBatchConfig,
    )


T = TypeVar("T", bound="ExternalclusterV1NodeBatchSpec")


@_attrs_define
class ExternalclusterV1NodeBatchSpec:
    """
    Attributes:
        base_config (ExternalclusterV1NodeBatchConfig | Unset):
        eks (ExternalclusterV1EKSNodeBatchConfig | Unset):
        options (list[ExternalclusterV1NodeBatchOption] | Unset):
        total_capacity (ExternalclusterV1ComputeCapacity | Unset):
    """

    base_config: ExternalclusterV1NodeBatchConfig | Unset = UNSET
    eks: ExternalclusterV1EKSNodeBatchConfig | Unset = UNSET
    options: list[ExternalclusterV1NodeBatchOption] | Unset = UNSET
    total_capacity: ExternalclusterV1ComputeCapacity | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        base_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.base_config, Unset):
            base_config = self.base_config.to_dict()

        eks: dict[str, Any] | Unset = UNSET
        if not isinstance(self.eks, Unset):
            eks = self.eks.to_dict()

        options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = []
            for options_item_data in self.options:
                options_item = options_item_data.to_dict()
                options.append(options_item)

        total_capacity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total_capacity, Unset):
            total_capacity = self.total_capacity.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if base_config is not UNSET:
            field_dict["baseConfig"] = base_config
        if eks is not UNSET:
            field_dict["eks"] = eks
        if options is not UNSET:
            field_dict["options"] = options
        if total_capacity is not UNSET:
            field_dict["totalCapacity"] = total_capacity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.externalcluster_v1_compute_capacity import (
            ExternalclusterV1ComputeCapacity,  # noqa: PLC0415
        )
        from ..models.externalcluster_v1_node_batch_config import (
            ExternalclusterV1NodeBatchConfig,  # noqa: PLC0415
        )
        from ..models.externalcluster_v1_node_batch_option import (
            ExternalclusterV1NodeBatchOption,  # noqa: PLC0415
        )
        from ..models.externalcluster_v1eks_node_batch_config import (
            ExternalclusterV1EKSNodeBatchConfig,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _base_config = d.pop("baseConfig", UNSET)
        base_config: ExternalclusterV1NodeBatchConfig | Unset
        if isinstance(_base_config, Unset):
            base_config = UNSET
        else:
            base_config = ExternalclusterV1NodeBatchConfig.from_dict(_base_config)

        _eks = d.pop("eks", UNSET)
        eks: ExternalclusterV1EKSNodeBatchConfig | Unset
        if isinstance(_eks, Unset):
            eks = UNSET
        else:
            eks = ExternalclusterV1EKSNodeBatchConfig.from_dict(_eks)

        _options = d.pop("options", UNSET)
        options: list[ExternalclusterV1NodeBatchOption] | Unset = UNSET
        if _options is not UNSET:
            options = []
            for options_item_data in _options:
                options_item = ExternalclusterV1NodeBatchOption.from_dict(
                    options_item_data
                )

                options.append(options_item)

        _total_capacity = d.pop("totalCapacity", UNSET)
        total_capacity: ExternalclusterV1ComputeCapacity | Unset
        if isinstance(_total_capacity, Unset):
            total_capacity = UNSET
        else:
            total_capacity = ExternalclusterV1ComputeCapacity.from_dict(_total_capacity)

        externalcluster_v1_node_batch_spec = cls(
            base_config=base_config,
            eks=eks,
            options=options,
            total_capacity=total_capacity,
        )

        externalcluster_v1_node_batch_spec.additional_properties = d
        return externalcluster_v1_node_batch_spec

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
