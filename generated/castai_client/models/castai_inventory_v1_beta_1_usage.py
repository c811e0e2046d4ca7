from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.castai_inventory_v1_beta_1_organization_usage_summary import (
        CastaiInventoryV1Beta1OrganizationUsageSummary,
    )
    from ..models.castai_inventory_v1_beta_1_other_organizations_usage import (
        CastaiInventoryV1Beta1OtherOrganizationsUsage,
    )


T = TypeVar("T", bound="CastaiInventoryV1Beta1Usage")


@_attrs_define
class CastaiInventoryV1Beta1Usage:
    """
    Attributes:
        cpu_committed (float | Unset):
        cpu_used (float | Unset):
        cpu_used_cast (float | Unset):
        cpu_used_cast_percent (float | Unset):
        cpu_used_others (float | Unset):
        cpu_used_others_percent (float | Unset):
        cpu_used_percent (float | Unset):
        memory_committed_mib (float | Unset):
        memory_used_mib (float | Unset):
        memory_used_mib_cast (float | Unset):
        memory_used_mib_cast_percent (float | Unset):
        memory_used_mib_others (float | Unset):
        memory_used_mib_others_percent (float | Unset):
        memory_used_percent (float | Unset):
        monetary_amount_committed (float | Unset):
        monetary_amount_used (float | Unset):
        monetary_amount_used_per_hour_cast (float | Unset):
        monetary_amount_used_per_hour_cast_percent (float | Unset):
        monetary_amount_used_per_hour_others (float | Unset):
        monetary_amount_used_per_hour_others_percent (float | Unset):
        monetary_amount_used_percent (float | Unset):
        organization_usages (list[CastaiInventoryV1Beta1OrganizationUsageSummary] | Unset):
        other_orgs_usage (CastaiInventoryV1Beta1OtherOrganizationsUsage | Unset):
    """

    cpu_committed: float | Unset = UNSET
    cpu_used: float | Unset = UNSET
    cpu_used_cast: float | Unset = UNSET
    cpu_used_cast_percent: float | Unset = UNSET
    cpu_used_others: float | Unset = UNSET
    cpu_used_others_percent: float | Unset = UNSET
    cpu_used_percent: float | Unset = UNSET
    memory_committed_mib: float | Unset = UNSET
    memory_used_mib: float | Unset = UNSET
    memory_used_mib_cast: float | Unset = UNSET
    memory_used_mib_cast_percent: float | Unset = UNSET
    memory_used_mib_others: float | Unset = UNSET
    memory_used_mib_others_percent: float | Unset = UNSET
    memory_used_percent: float | Unset = UNSET
    monetary_amount_committed: float | Unset = UNSET
    monetary_amount_used: float | Unset = UNSET
    monetary_amount_used_per_hour_cast: float | Unset = UNSET
    monetary_amount_used_per_hour_cast_percent: float | Unset = UNSET
    monetary_amount_used_per_hour_others: float | Unset = UNSET
    monetary_amount_used_per_hour_others_percent: float | Unset = UNSET
    monetary_amount_used_percent: float | Unset = UNSET
    organization_usages: (
        list[CastaiInventoryV1Beta1OrganizationUsageSummary] | Unset
    ) = UNSET
    other_orgs_usage: CastaiInventoryV1Beta1OtherOrganizationsUsage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cpu_committed = self.cpu_committed

        cpu_used = self.cpu_used

        cpu_used_cast = self.cpu_used_cast

        cpu_used_cast_percent = self.cpu_used_cast_percent

        cpu_used_others = self.cpu_used_others

        cpu_used_others_percent = self.cpu_used_others_percent

        cpu_used_percent = self.cpu_used_percent

        memory_committed_mib = self.memory_committed_mib

        memory_used_mib = self.memory_used_mib

        memory_used_mib_cast = self.memory_used_mib_cast

        memory_used_mib_cast_percent = self.memory_used_mib_cast_percent

        memory_used_mib_others = self.memory_used_mib_others

        memory_used_mib_others_percent = self.memory_used_mib_others_percent

        memory_used_percent = self.memory_used_percent

        monetary_amount_committed = self.monetary_amount_committed

        monetary_amount_used = self.monetary_amount_used

        monetary_amount_used_per_hour_cast = self.monetary_amount_used_per_hour_cast

        monetary_amount_used_per_hour_cast_percent = (
            self.monetary_amount_used_per_hour_cast_percent
        )

        monetary_amount_used_per_hour_others = self.monetary_amount_used_per_hour_others

        monetary_amount_used_per_hour_others_percent = (
            self.monetary_amount_used_per_hour_others_percent
        )

        monetary_amount_used_percent = self.monetary_amount_used_percent

        organization_usages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.organization_usages, Unset):
            organization_usages = []
            for organization_usages_item_data in self.organization_usages:
                organization_usages_item = organization_usages_item_data.to_dict()
                organization_usages.append(organization_usages_item)

        other_orgs_usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.other_orgs_usage, Unset):
            other_orgs_usage = self.other_orgs_usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cpu_committed is not UNSET:
            field_dict["cpuCommitted"] = cpu_committed
        if cpu_used is not UNSET:
            field_dict["cpuUsed"] = cpu_used
        if cpu_used_cast is not UNSET:
            field_dict["cpuUsedCast"] = cpu_used_cast
        if cpu_used_cast_percent is not UNSET:
            field_dict["cpuUsedCastPercent"] = cpu_used_cast_percent
        if cpu_used_others is not UNSET:
            field_dict["cpuUsedOthers"] = cpu_used_others
        if cpu_used_others_percent is not UNSET:
            field_dict["cpuUsedOthersPercent"] = cpu_used_others_percent
        if cpu_used_percent is not UNSET:
            field_dict["cpuUsedPercent"] = cpu_used_percent
        if memory_committed_mib is not UNSET:
            field_dict["memoryCommittedMib"] = memory_committed_mib
        if memory_used_mib is not UNSET:
            field_dict["memoryUsedMib"] = memory_used_mib
        if memory_used_mib_cast is not UNSET:
            field_dict["memoryUsedMibCast"] = memory_used_mib_cast
        if memory_used_mib_cast_percent is not UNSET:
            field_dict["memoryUsedMibCastPercent"] = memory_used_mib_cast_percent
        if memory_used_mib_others is not UNSET:
            field_dict["memoryUsedMibOthers"] = memory_used_mib_others
        if memory_used_mib_others_percent is not UNSET:
            field_dict["memoryUsedMibOthersPercent"] = memory_used_mib_others_percent
        if memory_used_percent is not UNSET:
            field_dict["memoryUsedPercent"] = memory_used_percent
        if monetary_amount_committed is not UNSET:
            field_dict["monetaryAmountCommitted"] = monetary_amount_committed
        if monetary_amount_used is not UNSET:
            field_dict["monetaryAmountUsed"] = monetary_amount_used
        if monetary_amount_used_per_hour_cast is not UNSET:
            field_dict["monetaryAmountUsedPerHourCast"] = (
                monetary_amount_used_per_hour_cast
            )
        if monetary_amount_used_per_hour_cast_percent is not UNSET:
            field_dict["monetaryAmountUsedPerHourCastPercent"] = (
                monetary_amount_used_per_hour_cast_percent
            )
        if monetary_amount_used_per_hour_others is not UNSET:
            field_dict["monetaryAmountUsedPerHourOthers"] = (
                monetary_amount_used_per_hour_others
            )
        if monetary_amount_used_per_hour_others_percent is not UNSET:
            field_dict["monetaryAmountUsedPerHourOthersPercent"] = (
                monetary_amount_used_per_hour_others_percent
            )
        if monetary_amount_used_percent is not UNSET:
            field_dict["monetaryAmountUsedPercent"] = monetary_amount_used_percent
        if organization_usages is not UNSET:
            field_dict["organizationUsages"] = organization_usages
        if other_orgs_usage is not UNSET:
            field_dict["otherOrgsUsage"] = other_orgs_usage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.castai_inventory_v1_beta_1_organization_usage_summary import (
            CastaiInventoryV1Beta1OrganizationUsageSummary,  # noqa: PLC0415
        )
        from ..models.castai_inventory_v1_beta_1_other_organizations_usage import (
            CastaiInventoryV1Beta1OtherOrganizationsUsage,  # noqa: PLC0415
        )

        d = dict(src_dict)
        cpu_committed = d.pop("cpuCommitted", UNSET)

        cpu_used = d.pop("cpuUsed", UNSET)

        cpu_used_cast = d.pop("cpuUsedCast", UNSET)

        cpu_used_cast_percent = d.pop("cpuUsedCastPercent", UNSET)

        cpu_used_others = d.pop("cpuUsedOthers", UNSET)

        cpu_used_others_percent = d.pop("cpuUsedOthersPercent", UNSET)

        cpu_used_percent = d.pop("cpuUsedPercent", UNSET)

        memory_committed_mib = d.pop("memoryCommittedMib", UNSET)

        memory_used_mib = d.pop("memoryUsedMib", UNSET)

        memory_used_mib_cast = d.pop("memoryUsedMibCast", UNSET)

        memory_used_mib_cast_percent = d.pop("memoryUsedMibCastPercent", UNSET)

        memory_used_mib_others = d.pop("memoryUsedMibOthers", UNSET)

        memory_used_mib_others_percent = d.pop("memoryUsedMibOthersPercent", UNSET)

        memory_used_percent = d.pop("memoryUsedPercent", UNSET)

        monetary_amount_committed = d.pop("monetaryAmountCommitted", UNSET)

        monetary_amount_used = d.pop("monetaryAmountUsed", UNSET)

        monetary_amount_used_per_hour_cast = d.pop(
            "monetaryAmountUsedPerHourCast", UNSET
        )

        monetary_amount_used_per_hour_cast_percent = d.pop(
            "monetaryAmountUsedPerHourCastPercent", UNSET
        )

        monetary_amount_used_per_hour_others = d.pop(
            "monetaryAmountUsedPerHourOthers", UNSET
        )

        monetary_amount_used_per_hour_others_percent = d.pop(
            "monetaryAmountUsedPerHourOthersPercent", UNSET
        )

        monetary_amount_used_percent = d.pop("monetaryAmountUsedPercent", UNSET)

        _organization_usages = d.pop("organizationUsages", UNSET)
        organization_usages: (
            list[CastaiInventoryV1Beta1OrganizationUsageSummary] | Unset
        ) = UNSET
        if _organization_usages is not UNSET:
            organization_usages = []
            for organization_usages_item_data in _organization_usages:
                organization_usages_item = (
                    CastaiInventoryV1Beta1OrganizationUsageSummary.from_dict(
                        organization_usages_item_data
                    )
                )

                organization_usages.append(organization_usages_item)

        _other_orgs_usage = d.pop("otherOrgsUsage", UNSET)
        other_orgs_usage: CastaiInventoryV1Beta1OtherOrganizationsUsage | Unset
        if isinstance(_other_orgs_usage, Unset):
            other_orgs_usage = UNSET
        else:
            other_orgs_usage = CastaiInventoryV1Beta1OtherOrganizationsUsage.from_dict(
                _other_orgs_usage
            )

        castai_inventory_v1_beta_1_usage = cls(
            cpu_committed=cpu_committed,
            cpu_used=cpu_used,
            cpu_used_cast=cpu_used_cast,
            cpu_used_cast_percent=cpu_used_cast_percent,
            cpu_used_others=cpu_used_others,
            cpu_used_others_percent=cpu_used_others_percent,
            cpu_used_percent=cpu_used_percent,
            memory_committed_mib=memory_committed_mib,
            memory_used_mib=memory_used_mib,
            memory_used_mib_cast=memory_used_mib_cast,
            memory_used_mib_cast_percent=memory_used_mib_cast_percent,
            memory_used_mib_others=memory_used_mib_others,
            memory_used_mib_others_percent=memory_used_mib_others_percent,
            memory_used_percent=memory_used_percent,
            monetary_amount_committed=monetary_amount_committed,
            monetary_amount_used=monetary_amount_used,
            monetary_amount_used_per_hour_cast=monetary_amount_used_per_hour_cast,
            monetary_amount_used_per_hour_cast_percent=monetary_amount_used_per_hour_cast_percent,
            monetary_amount_used_per_hour_others=monetary_amount_used_per_hour_others,
            monetary_amount_used_per_hour_others_percent=monetary_amount_used_per_hour_others_percent,
            monetary_amount_used_percent=monetary_amount_used_percent,
            organization_usages=organization_usages,
            other_orgs_usage=other_orgs_usage,
        )

        castai_inventory_v1_beta_1_usage.additional_properties = d
        return castai_inventory_v1_beta_1_usage

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
