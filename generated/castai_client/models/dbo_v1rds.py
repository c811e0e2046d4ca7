from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dbo_v1rds_instance_details import DboV1RDSInstanceDetails


T = TypeVar("T", bound="DboV1RDS")


@_attrs_define
class DboV1RDS:
    """
    Attributes:
        account (str):
        current_instance_details (DboV1RDSInstanceDetails):
        performance_insights_enabled (bool):
        region (str):
        cluster_name (None | str | Unset):
        potential_savings (None | str | Unset):
        potential_savings_fraction (None | str | Unset):
        proposed_instance_details (DboV1RDSInstanceDetails | Unset):
        writer (bool | None | Unset):
    """

    account: str
    current_instance_details: DboV1RDSInstanceDetails
    performance_insights_enabled: bool
    region: str
    cluster_name: None | str | Unset = UNSET
    potential_savings: None | str | Unset = UNSET
    potential_savings_fraction: None | str | Unset = UNSET
    proposed_instance_details: DboV1RDSInstanceDetails | Unset = UNSET
    writer: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account = self.account

        current_instance_details = self.current_instance_details.to_dict()

        performance_insights_enabled = self.performance_insights_enabled

        region = self.region

        cluster_name: None | str | Unset
        if isinstance(self.cluster_name, Unset):
            cluster_name = UNSET
        else:
            cluster_name = self.cluster_name

        potential_savings: None | str | Unset
        if isinstance(self.potential_savings, Unset):
            potential_savings = UNSET
        else:
            potential_savings = self.potential_savings

        potential_savings_fraction: None | str | Unset
        if isinstance(self.potential_savings_fraction, Unset):
            potential_savings_fraction = UNSET
        else:
            potential_savings_fraction = self.potential_savings_fraction

        proposed_instance_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.proposed_instance_details, Unset):
            proposed_instance_details = self.proposed_instance_details.to_dict()

        writer: bool | None | Unset
        if isinstance(self.writer, Unset):
            writer = UNSET
        else:
            writer = self.writer

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account": account,
                "currentInstanceDetails": current_instance_details,
                "performanceInsightsEnabled": performance_insights_enabled,
                "region": region,
            }
        )
        if cluster_name is not UNSET:
            field_dict["clusterName"] = cluster_name
        if potential_savings is not UNSET:
            field_dict["potentialSavings"] = potential_savings
        if potential_savings_fraction is not UNSET:
            field_dict["potentialSavingsFraction"] = potential_savings_fraction
        if proposed_instance_details is not UNSET:
            field_dict["proposedInstanceDetails"] = proposed_instance_details
        if writer is not UNSET:
            field_dict["writer"] = writer

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dbo_v1rds_instance_details import DboV1RDSInstanceDetails  # noqa: PLC0415

        d = dict(src_dict)
        account = d.pop("account")

        current_instance_details = DboV1RDSInstanceDetails.from_dict(
            d.pop("currentInstanceDetails")
        )

        performance_insights_enabled = d.pop("performanceInsightsEnabled")

        region = d.pop("region")

        def _parse_cluster_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cluster_name = _parse_cluster_name(d.pop("clusterName", UNSET))

        def _parse_potential_savings(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        potential_savings = _parse_potential_savings(d.pop("potentialSavings", UNSET))

        def _parse_potential_savings_fraction(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        potential_savings_fraction = _parse_potential_savings_fraction(
            d.pop("potentialSavingsFraction", UNSET)
        )

        _proposed_instance_details = d.pop("proposedInstanceDetails", UNSET)
        proposed_instance_details: DboV1RDSInstanceDetails | Unset
        if isinstance(_proposed_instance_details, Unset):
            proposed_instance_details = UNSET
        else:
            proposed_instance_details = DboV1RDSInstanceDetails.from_dict(
                _proposed_instance_details
            )

        def _parse_writer(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        writer = _parse_writer(d.pop("writer", UNSET))

        dbo_v1rds = cls(
            account=account,
            current_instance_details=current_instance_details,
            performance_insights_enabled=performance_insights_enabled,
            region=region,
            cluster_name=cluster_name,
            potential_savings=potential_savings,
            potential_savings_fraction=potential_savings_fraction,
            proposed_instance_details=proposed_instance_details,
            writer=writer,
        )

        dbo_v1rds.additional_properties = d
        return dbo_v1rds

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
