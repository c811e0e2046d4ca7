from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.castai_inventory_v1_beta_1_block_storage_info_attachment_limit_type import (
    CastaiInventoryV1Beta1BlockStorageInfoAttachmentLimitType,
    check_castai_inventory_v1_beta_1_block_storage_info_attachment_limit_type,
)
from ..models.castai_inventory_v1_beta_1_block_storage_info_ebs_optimized_support import (
    CastaiInventoryV1Beta1BlockStorageInfoEbsOptimizedSupport,
    check_castai_inventory_v1_beta_1_block_storage_info_ebs_optimized_support,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CastaiInventoryV1Beta1BlockStorageInfo")


@_attrs_define
class CastaiInventoryV1Beta1BlockStorageInfo:
    """
    Attributes:
        attachment_limit_type (CastaiInventoryV1Beta1BlockStorageInfoAttachmentLimitType | Unset):
        baseline_bandwidth_mbps (int | None | Unset):
        baseline_iops (int | None | Unset):
        baseline_throughput_mbytes_per_s (float | None | Unset):
        ebs_optimized_support (CastaiInventoryV1Beta1BlockStorageInfoEbsOptimizedSupport | Unset):
        max_bandwidth_mbps (int | None | Unset):
        max_ebs_attachments (int | None | Unset):
        max_iops (int | None | Unset):
        max_throughput_mbytes_per_s (float | None | Unset):
    """

    attachment_limit_type: (
        CastaiInventoryV1Beta1BlockStorageInfoAttachmentLimitType | Unset
    ) = UNSET
    baseline_bandwidth_mbps: int | None | Unset = UNSET
    baseline_iops: int | None | Unset = UNSET
    baseline_throughput_mbytes_per_s: float | None | Unset = UNSET
    ebs_optimized_support: (
        CastaiInventoryV1Beta1BlockStorageInfoEbsOptimizedSupport | Unset
    ) = UNSET
    max_bandwidth_mbps: int | None | Unset = UNSET
    max_ebs_attachments: int | None | Unset = UNSET
    max_iops: int | None | Unset = UNSET
    max_throughput_mbytes_per_s: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attachment_limit_type: str | Unset = UNSET
        if not isinstance(self.attachment_limit_type, Unset):
            attachment_limit_type = self.attachment_limit_type

        baseline_bandwidth_mbps: int | None | Unset
        if isinstance(self.baseline_bandwidth_mbps, Unset):
            baseline_bandwidth_mbps = UNSET
        else:
            baseline_bandwidth_mbps = self.baseline_bandwidth_mbps

        baseline_iops: int | None | Unset
        if isinstance(self.baseline_iops, Unset):
            baseline_iops = UNSET
        else:
            baseline_iops = self.baseline_iops

        baseline_throughput_mbytes_per_s: float | None | Unset
        if isinstance(self.baseline_throughput_mbytes_per_s, Unset):
            baseline_throughput_mbytes_per_s = UNSET
        else:
            baseline_throughput_mbytes_per_s = self.baseline_throughput_mbytes_per_s

        ebs_optimized_support: str | Unset = UNSET
        if not isinstance(self.ebs_optimized_support, Unset):
            ebs_optimized_support = self.ebs_optimized_support

        max_bandwidth_mbps: int | None | Unset
        if isinstance(self.max_bandwidth_mbps, Unset):
            max_bandwidth_mbps = UNSET
        else:
            max_bandwidth_mbps = self.max_bandwidth_mbps

        max_ebs_attachments: int | None | Unset
        if isinstance(self.max_ebs_attachments, Unset):
            max_ebs_attachments = UNSET
        else:
            max_ebs_attachments = self.max_ebs_attachments

        max_iops: int | None | Unset
        if isinstance(self.max_iops, Unset):
            max_iops = UNSET
        else:
            max_iops = self.max_iops

        max_throughput_mbytes_per_s: float | None | Unset
        if isinstance(self.max_throughput_mbytes_per_s, Unset):
            max_throughput_mbytes_per_s = UNSET
        else:
            max_throughput_mbytes_per_s = self.max_throughput_mbytes_per_s

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attachment_limit_type is not UNSET:
            field_dict["attachmentLimitType"] = attachment_limit_type
        if baseline_bandwidth_mbps is not UNSET:
            field_dict["baselineBandwidthMbps"] = baseline_bandwidth_mbps
        if baseline_iops is not UNSET:
            field_dict["baselineIops"] = baseline_iops
        if baseline_throughput_mbytes_per_s is not UNSET:
            field_dict["baselineThroughputMbytesPerS"] = (
                baseline_throughput_mbytes_per_s
            )
        if ebs_optimized_support is not UNSET:
            field_dict["ebsOptimizedSupport"] = ebs_optimized_support
        if max_bandwidth_mbps is not UNSET:
            field_dict["maxBandwidthMbps"] = max_bandwidth_mbps
        if max_ebs_attachments is not UNSET:
            field_dict["maxEbsAttachments"] = max_ebs_attachments
        if max_iops is not UNSET:
            field_dict["maxIops"] = max_iops
        if max_throughput_mbytes_per_s is not UNSET:
            field_dict["maxThroughputMbytesPerS"] = max_throughput_mbytes_per_s

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _attachment_limit_type = d.pop("attachmentLimitType", UNSET)
        attachment_limit_type: (
            CastaiInventoryV1Beta1BlockStorageInfoAttachmentLimitType | Unset
        )
        if isinstance(_attachment_limit_type, Unset):
            attachment_limit_type = UNSET
        else:
            attachment_limit_type = check_castai_inventory_v1_beta_1_block_storage_info_attachment_limit_type(
                _attachment_limit_type
            )

        def _parse_baseline_bandwidth_mbps(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        baseline_bandwidth_mbps = _parse_baseline_bandwidth_mbps(
            d.pop("baselineBandwidthMbps", UNSET)
        )

        def _parse_baseline_iops(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        baseline_iops = _parse_baseline_iops(d.pop("baselineIops", UNSET))

        def _parse_baseline_throughput_mbytes_per_s(
            data: object,
        ) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        baseline_throughput_mbytes_per_s = _parse_baseline_throughput_mbytes_per_s(
            d.pop("baselineThroughputMbytesPerS", UNSET)
        )

        _ebs_optimized_support = d.pop("ebsOptimizedSupport", UNSET)
        ebs_optimized_support: (
            CastaiInventoryV1Beta1BlockStorageInfoEbsOptimizedSupport | Unset
        )
        if isinstance(_ebs_optimized_support, Unset):
            ebs_optimized_support = UNSET
        else:
            ebs_optimized_support = check_castai_inventory_v1_beta_1_block_storage_info_ebs_optimized_support(
                _ebs_optimized_support
            )

        def _parse_max_bandwidth_mbps(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_bandwidth_mbps = _parse_max_bandwidth_mbps(d.pop("maxBandwidthMbps", UNSET))

        def _parse_max_ebs_attachments(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_ebs_attachments = _parse_max_ebs_attachments(
            d.pop("maxEbsAttachments", UNSET)
        )

        def _parse_max_iops(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_iops = _parse_max_iops(d.pop("maxIops", UNSET))

        def _parse_max_throughput_mbytes_per_s(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        max_throughput_mbytes_per_s = _parse_max_throughput_mbytes_per_s(
            d.pop("maxThroughputMbytesPerS", UNSET)
        )

        castai_inventory_v1_beta_1_block_storage_info = cls(
            attachment_limit_type=attachment_limit_type,
            baseline_bandwidth_mbps=baseline_bandwidth_mbps,
            baseline_iops=baseline_iops,
            baseline_throughput_mbytes_per_s=baseline_throughput_mbytes_per_s,
            ebs_optimized_support=ebs_optimized_support,
            max_bandwidth_mbps=max_bandwidth_mbps,
            max_ebs_attachments=max_ebs_attachments,
            max_iops=max_iops,
            max_throughput_mbytes_per_s=max_throughput_mbytes_per_s,
        )

        castai_inventory_v1_beta_1_block_storage_info.additional_properties = d
        return castai_inventory_v1_beta_1_block_storage_info

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
