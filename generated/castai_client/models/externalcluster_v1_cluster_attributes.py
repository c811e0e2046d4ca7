from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.externalcluster_v1_karpenter_attribute import (
        ExternalclusterV1KarpenterAttribute,
    )
    from ..models.externalcluster_v1_omni_attribute import (
        ExternalclusterV1OmniAttribute,
    )


T = TypeVar("T", bound="ExternalclusterV1ClusterAttributes")


@_attrs_define
class ExternalclusterV1ClusterAttributes:
    """
    Attributes:
        karpenter (ExternalclusterV1KarpenterAttribute | Unset):
        omni (ExternalclusterV1OmniAttribute | Unset):
    """

    karpenter: ExternalclusterV1KarpenterAttribute | Unset = UNSET
    omni: ExternalclusterV1OmniAttribute | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        karpenter: dict[str, Any] | Unset = UNSET
        if not isinstance(self.karpenter, Unset):
            karpenter = self.karpenter.to_dict()

        omni: dict[str, Any] | Unset = UNSET
        if not isinstance(self.omni, Unset):
            omni = self.omni.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if karpenter is not UNSET:
            field_dict["karpenter"] = karpenter
        if omni is not UNSET:
            field_dict["omni"] = omni

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.externalcluster_v1_karpenter_attribute import (
            ExternalclusterV1KarpenterAttribute,  # noqa: PLC0415
        )
        from ..models.externalcluster_v1_omni_attribute import (
            ExternalclusterV1OmniAttribute,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _karpenter = d.pop("karpenter", UNSET)
        karpenter: ExternalclusterV1KarpenterAttribute | Unset
        if isinstance(_karpenter, Unset):
            karpenter = UNSET
        else:
            karpenter = ExternalclusterV1KarpenterAttribute.from_dict(_karpenter)

        _omni = d.pop("omni", UNSET)
        omni: ExternalclusterV1OmniAttribute | Unset
        if isinstance(_omni, Unset):
            omni = UNSET
        else:
            omni = ExternalclusterV1OmniAttribute.from_dict(_omni)

        externalcluster_v1_cluster_attributes = cls(
            karpenter=karpenter,
            omni=omni,
        )

        externalcluster_v1_cluster_attributes.additional_properties = d
        return externalcluster_v1_cluster_attributes

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
