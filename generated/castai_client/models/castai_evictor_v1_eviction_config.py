from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.castai_evictor_v1_eviction_settings import (
        CastaiEvictorV1EvictionSettings,
    )
    from ..models.castai_evictor_v1_node_selector import CastaiEvictorV1NodeSelector
    from ..models.castai_evictor_v1_pod_selector import CastaiEvictorV1PodSelector


T = TypeVar("T", bound="CastaiEvictorV1EvictionConfig")


@_attrs_define
class CastaiEvictorV1EvictionConfig:
    """
    Attributes:
        settings (CastaiEvictorV1EvictionSettings):
        node_selector (CastaiEvictorV1NodeSelector | Unset):
        pod_selector (CastaiEvictorV1PodSelector | Unset):
    """

    settings: CastaiEvictorV1EvictionSettings
    node_selector: CastaiEvictorV1NodeSelector | Unset = UNSET
    pod_selector: CastaiEvictorV1PodSelector | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        settings = self.settings.to_dict()

        node_selector: dict[str, Any] | Unset = UNSET
        if not isinstance(self.node_selector, Unset):
            node_selector = self.node_selector.to_dict()

        pod_selector: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pod_selector, Unset):
            pod_selector = self.pod_selector.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "settings": settings,
            }
        )
        if node_selector is not UNSET:
            field_dict["nodeSelector"] = node_selector
        if pod_selector is not UNSET:
            field_dict["podSelector"] = pod_selector

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.castai_evictor_v1_eviction_settings import (
            CastaiEvictorV1EvictionSettings,  # noqa: PLC0415
        )
        from ..models.castai_evictor_v1_node_selector import CastaiEvictorV1NodeSelector  # noqa: PLC0415
        from ..models.castai_evictor_v1_pod_selector import CastaiEvictorV1PodSelector  # noqa: PLC0415

        d = dict(src_dict)
        settings = CastaiEvictorV1EvictionSettings.from_dict(d.pop("settings"))

        _node_selector = d.pop("nodeSelector", UNSET)
        node_selector: CastaiEvictorV1NodeSelector | Unset
        if isinstance(_node_selector, Unset):
            node_selector = UNSET
        else:
            node_selector = CastaiEvictorV1NodeSelector.from_dict(_node_selector)

        _pod_selector = d.pop("podSelector", UNSET)
        pod_selector: CastaiEvictorV1PodSelector | Unset
        if isinstance(_pod_selector, Unset):
            pod_selector = UNSET
        else:
            pod_selector = CastaiEvictorV1PodSelector.from_dict(_pod_selector)

        castai_evictor_v1_eviction_config = cls(
            settings=settings,
            node_selector=node_selector,
            pod_selector=pod_selector,
        )

        castai_evictor_v1_eviction_config.additional_properties = d
        return castai_evictor_v1_eviction_config

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
