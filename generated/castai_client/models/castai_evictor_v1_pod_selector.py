from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.castai_evictor_v1_label_selector import CastaiEvictorV1LabelSelector


T = TypeVar("T", bound="CastaiEvictorV1PodSelector")


@_attrs_define
class CastaiEvictorV1PodSelector:
    """
    Attributes:
        kind (str | Unset):
        label_selector (CastaiEvictorV1LabelSelector | Unset):
        namespace (str | Unset):
        replicas_min (int | None | Unset):
    """

    kind: str | Unset = UNSET
    label_selector: CastaiEvictorV1LabelSelector | Unset = UNSET
    namespace: str | Unset = UNSET
    replicas_min: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        label_selector: dict[str, Any] | Unset = UNSET
        if not isinstance(self.label_selector, Unset):
            label_selector = self.label_selector.to_dict()

        namespace = self.namespace

        replicas_min: int | None | Unset
        if isinstance(self.replicas_min, Unset):
            replicas_min = UNSET
        else:
            replicas_min = self.replicas_min

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if kind is not UNSET:
            field_dict["kind"] = kind
        if label_selector is not UNSET:
            field_dict["labelSelector"] = label_selector
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if replicas_min is not UNSET:
            field_dict["replicasMin"] = replicas_min

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.castai_evictor_v1_label_selector import (
            CastaiEvictorV1LabelSelector,  # noqa: PLC0415
        )

        d = dict(src_dict)
        kind = d.pop("kind", UNSET)

        _label_selector = d.pop("labelSelector", UNSET)
        label_selector: CastaiEvictorV1LabelSelector | Unset
        if isinstance(_label_selector, Unset):
            label_selector = UNSET
        else:
            label_selector = CastaiEvictorV1LabelSelector.from_dict(_label_selector)

        namespace = d.pop("namespace", UNSET)

        def _parse_replicas_min(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        replicas_min = _parse_replicas_min(d.pop("replicasMin", UNSET))

        castai_evictor_v1_pod_selector = cls(
            kind=kind,
            label_selector=label_selector,
            namespace=namespace,
            replicas_min=replicas_min,
        )

        castai_evictor_v1_pod_selector.additional_properties = d
        return castai_evictor_v1_pod_selector

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
