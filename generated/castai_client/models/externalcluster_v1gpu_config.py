from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.externalcluster_v1gpu_time_sharing import (
        ExternalclusterV1GPUTimeSharing,
    )
    from ..models.externalcluster_v1mig_config import ExternalclusterV1MIGConfig
    from ..models.externalcluster_v1mps import ExternalclusterV1MPS


T = TypeVar("T", bound="ExternalclusterV1GPUConfig")


@_attrs_define
class ExternalclusterV1GPUConfig:
    """
    Attributes:
        count (int | Unset):
        mig_config (ExternalclusterV1MIGConfig | Unset):
        mps (ExternalclusterV1MPS | Unset):
        time_sharing (ExternalclusterV1GPUTimeSharing | Unset):
        type_ (str | Unset):
    """

    count: int | Unset = UNSET
    mig_config: ExternalclusterV1MIGConfig | Unset = UNSET
    mps: ExternalclusterV1MPS | Unset = UNSET
    time_sharing: ExternalclusterV1GPUTimeSharing | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        mig_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mig_config, Unset):
            mig_config = self.mig_config.to_dict()

        mps: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mps, Unset):
            mps = self.mps.to_dict()

        time_sharing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.time_sharing, Unset):
            time_sharing = self.time_sharing.to_dict()

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if count is not UNSET:
            field_dict["count"] = count
        if mig_config is not UNSET:
            field_dict["migConfig"] = mig_config
        if mps is not UNSET:
            field_dict["mps"] = mps
        if time_sharing is not UNSET:
            field_dict["timeSharing"] = time_sharing
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.externalcluster_v1gpu_time_sharing import (
            ExternalclusterV1GPUTimeSharing,  # noqa: PLC0415
        )
        from ..models.externalcluster_v1mig_config import ExternalclusterV1MIGConfig  # noqa: PLC0415
        from ..models.externalcluster_v1mps import ExternalclusterV1MPS  # noqa: PLC0415

        d = dict(src_dict)
        count = d.pop("count", UNSET)

        _mig_config = d.pop("migConfig", UNSET)
        mig_config: ExternalclusterV1MIGConfig | Unset
        if isinstance(_mig_config, Unset):
            mig_config = UNSET
        else:
            mig_config = ExternalclusterV1MIGConfig.from_dict(_mig_config)

        _mps = d.pop("mps", UNSET)
        mps: ExternalclusterV1MPS | Unset
        if isinstance(_mps, Unset):
            mps = UNSET
        else:
            mps = ExternalclusterV1MPS.from_dict(_mps)

        _time_sharing = d.pop("timeSharing", UNSET)
        time_sharing: ExternalclusterV1GPUTimeSharing | Unset
        if isinstance(_time_sharing, Unset):
            time_sharing = UNSET
        else:
            time_sharing = ExternalclusterV1GPUTimeSharing.from_dict(_time_sharing)

        type_ = d.pop("type", UNSET)

        externalcluster_v1gpu_config = cls(
            count=count,
            mig_config=mig_config,
            mps=mps,
            time_sharing=time_sharing,
            type_=type_,
        )

        externalcluster_v1gpu_config.additional_properties = d
        return externalcluster_v1gpu_config

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
