from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.castai_inventory_v1_beta_1_commitment_scaling_strategy import (
    CastaiInventoryV1Beta1CommitmentScalingStrategy,
    check_castai_inventory_v1_beta_1_commitment_scaling_strategy,
)
from ..models.castai_inventory_v1_beta_1_commitment_state import (
    CastaiInventoryV1Beta1CommitmentState,
    check_castai_inventory_v1_beta_1_commitment_state,
)
from ..models.castai_inventory_v1_beta_1_commitment_status import (
    CastaiInventoryV1Beta1CommitmentStatus,
    check_castai_inventory_v1_beta_1_commitment_status,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.castai_inventory_v1_beta_1_azure_reservation import (
        CastaiInventoryV1Beta1AzureReservation,
    )
    from ..models.castai_inventory_v1_beta_1_azure_savings_plan_context import (
        CastaiInventoryV1Beta1AzureSavingsPlanContext,
    )
    from ..models.castai_inventory_v1_beta_1aws_capacity_block_context import (
        CastaiInventoryV1Beta1AWSCapacityBlockContext,
    )
    from ..models.castai_inventory_v1_beta_1aws_reserved_instances_context import (
        CastaiInventoryV1Beta1AWSReservedInstancesContext,
    )
    from ..models.castai_inventory_v1_beta_1aws_savings_plan import (
        CastaiInventoryV1Beta1AWSSavingsPlan,
    )
    from ..models.castai_inventory_v1_beta_1awsodcr_context import (
        CastaiInventoryV1Beta1AWSODCRContext,
    )
    from ..models.castai_inventory_v1_beta_1gcp_capacity_reservation_context import (
        CastaiInventoryV1Beta1GCPCapacityReservationContext,
    )
    from ..models.castai_inventory_v1_beta_1gcp_flex_cud import (
        CastaiInventoryV1Beta1GCPFlexCUD,
    )
    from ..models.castai_inventory_v1_beta_1gcp_resource_cud import (
        CastaiInventoryV1Beta1GCPResourceCUD,
    )


T = TypeVar("T", bound="CastaiInventoryV1Beta1Commitment")


@_attrs_define
class CastaiInventoryV1Beta1Commitment:
    """
    Attributes:
        allowed_usage (float | Unset):
        auto_assignment (bool | Unset):
        aws_capacity_block_context (CastaiInventoryV1Beta1AWSCapacityBlockContext | Unset):
        aws_odcr_context (CastaiInventoryV1Beta1AWSODCRContext | Unset):
        aws_reserved_instances_context (CastaiInventoryV1Beta1AWSReservedInstancesContext | Unset):
        aws_savings_plan_context (CastaiInventoryV1Beta1AWSSavingsPlan | Unset):
        azure_reservation_context (CastaiInventoryV1Beta1AzureReservation | Unset):
        azure_savings_plan_context (CastaiInventoryV1Beta1AzureSavingsPlanContext | Unset):
        end_date (datetime.datetime | None | Unset):
        gcp_capacity_reservation_context (CastaiInventoryV1Beta1GCPCapacityReservationContext | Unset):
        gcp_flex_cud_context (CastaiInventoryV1Beta1GCPFlexCUD | Unset):
        gcp_resource_cud_context (CastaiInventoryV1Beta1GCPResourceCUD | Unset):
        id (str | Unset):
        name (str | Unset):
        prioritization (bool | Unset):
        region (str | Unset):
        scaling_strategy (CastaiInventoryV1Beta1CommitmentScalingStrategy | Unset):
        start_date (datetime.datetime | Unset):
        state (CastaiInventoryV1Beta1CommitmentState | Unset):
        status (CastaiInventoryV1Beta1CommitmentStatus | Unset):
        updated_at (datetime.datetime | Unset):
    """

    allowed_usage: float | Unset = UNSET
    auto_assignment: bool | Unset = UNSET
    aws_capacity_block_context: (
        CastaiInventoryV1Beta1AWSCapacityBlockContext | Unset
    ) = UNSET
    aws_odcr_context: CastaiInventoryV1Beta1AWSODCRContext | Unset = UNSET
    aws_reserved_instances_context: (
        CastaiInventoryV1Beta1AWSReservedInstancesContext | Unset
    ) = UNSET
    aws_savings_plan_context: CastaiInventoryV1Beta1AWSSavingsPlan | Unset = UNSET
    azure_reservation_context: CastaiInventoryV1Beta1AzureReservation | Unset = UNSET
    azure_savings_plan_context: (
        CastaiInventoryV1Beta1AzureSavingsPlanContext | Unset
    ) = UNSET
    end_date: datetime.datetime | None | Unset = UNSET
    gcp_capacity_reservation_context: (
        CastaiInventoryV1Beta1GCPCapacityReservationContext | Unset
    ) = UNSET
    gcp_flex_cud_context: CastaiInventoryV1Beta1GCPFlexCUD | Unset = UNSET
    gcp_resource_cud_context: CastaiInventoryV1Beta1GCPResourceCUD | Unset = UNSET
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    prioritization: bool | Unset = UNSET
    region: str | Unset = UNSET
    scaling_strategy: CastaiInventoryV1Beta1CommitmentScalingStrategy | Unset = UNSET
    start_date: datetime.datetime | Unset = UNSET
    state: CastaiInventoryV1Beta1CommitmentState | Unset = UNSET
    status: CastaiInventoryV1Beta1CommitmentStatus | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allowed_usage = self.allowed_usage

        auto_assignment = self.auto_assignment

        aws_capacity_block_context: dict[str, Any] | Unset = UNSET
        if not isinstance(self.aws_capacity_block_context, Unset):
            aws_capacity_block_context = self.aws_capacity_block_context.to_dict()

        aws_odcr_context: dict[str, Any] | Unset = UNSET
        if not isinstance(self.aws_odcr_context, Unset):
            aws_odcr_context = self.aws_odcr_context.to_dict()

        aws_reserved_instances_context: dict[str, Any] | Unset = UNSET
        if not isinstance(self.aws_reserved_instances_context, Unset):
            aws_reserved_instances_context = (
                self.aws_reserved_instances_context.to_dict()
            )

        aws_savings_plan_context: dict[str, Any] | Unset = UNSET
        if not isinstance(self.aws_savings_plan_context, Unset):
            aws_savings_plan_context = self.aws_savings_plan_context.to_dict()

        azure_reservation_context: dict[str, Any] | Unset = UNSET
        if not isinstance(self.azure_reservation_context, Unset):
            azure_reservation_context = self.azure_reservation_context.to_dict()

        azure_savings_plan_context: dict[str, Any] | Unset = UNSET
        if not isinstance(self.azure_savings_plan_context, Unset):
            azure_savings_plan_context = self.azure_savings_plan_context.to_dict()

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        elif isinstance(self.end_date, datetime.datetime):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        gcp_capacity_reservation_context: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gcp_capacity_reservation_context, Unset):
            gcp_capacity_reservation_context = (
                self.gcp_capacity_reservation_context.to_dict()
            )

        gcp_flex_cud_context: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gcp_flex_cud_context, Unset):
            gcp_flex_cud_context = self.gcp_flex_cud_context.to_dict()

        gcp_resource_cud_context: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gcp_resource_cud_context, Unset):
            gcp_resource_cud_context = self.gcp_resource_cud_context.to_dict()

        id = self.id

        name = self.name

        prioritization = self.prioritization

        region = self.region

        scaling_strategy: str | Unset = UNSET
        if not isinstance(self.scaling_strategy, Unset):
            scaling_strategy = self.scaling_strategy

        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.isoformat()

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if allowed_usage is not UNSET:
            field_dict["allowedUsage"] = allowed_usage
        if auto_assignment is not UNSET:
            field_dict["autoAssignment"] = auto_assignment
        if aws_capacity_block_context is not UNSET:
            field_dict["awsCapacityBlockContext"] = aws_capacity_block_context
        if aws_odcr_context is not UNSET:
            field_dict["awsOdcrContext"] = aws_odcr_context
        if aws_reserved_instances_context is not UNSET:
            field_dict["awsReservedInstancesContext"] = aws_reserved_instances_context
        if aws_savings_plan_context is not UNSET:
            field_dict["awsSavingsPlanContext"] = aws_savings_plan_context
        if azure_reservation_context is not UNSET:
            field_dict["azureReservationContext"] = azure_reservation_context
        if azure_savings_plan_context is not UNSET:
            field_dict["azureSavingsPlanContext"] = azure_savings_plan_context
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if gcp_capacity_reservation_context is not UNSET:
            field_dict["gcpCapacityReservationContext"] = (
                gcp_capacity_reservation_context
            )
        if gcp_flex_cud_context is not UNSET:
            field_dict["gcpFlexCudContext"] = gcp_flex_cud_context
        if gcp_resource_cud_context is not UNSET:
            field_dict["gcpResourceCudContext"] = gcp_resource_cud_context
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if prioritization is not UNSET:
            field_dict["prioritization"] = prioritization
        if region is not UNSET:
            field_dict["region"] = region
        if scaling_strategy is not UNSET:
            field_dict["scalingStrategy"] = scaling_strategy
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if state is not UNSET:
            field_dict["state"] = state
        if status is not UNSET:
            field_dict["status"] = status
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.castai_inventory_v1_beta_1_azure_reservation import (
            CastaiInventoryV1Beta1AzureReservation,  # noqa: PLC0415
        )
        from ..models.castai_inventory_v1_beta_1_azure_savings_plan_context import (
            CastaiInventoryV1Beta1AzureSavingsPlanContext,  # noqa: PLC0415
        )
        from ..models.castai_inventory_v1_beta_1aws_capacity_block_context import (
            CastaiInventoryV1Beta1AWSCapacityBlockContext,  # noqa: PLC0415
        )
        from ..models.castai_inventory_v1_beta_1aws_reserved_instances_context import (
            CastaiInventoryV1Beta1AWSReservedInstancesContext,  # noqa: PLC0415
        )
        from ..models.castai_inventory_v1_beta_1aws_savings_plan import (
            CastaiInventoryV1Beta1AWSSavingsPlan,  # noqa: PLC0415
        )
        from ..models.castai_inventory_v1_beta_1awsodcr_context import (
            CastaiInventoryV1Beta1AWSODCRContext,  # noqa: PLC0415
        )
        from ..models.castai_inventory_v1_beta_1gcp_capacity_reservation_context import (
            CastaiInventoryV1Beta1GCPCapacityReservationContext,  # noqa: PLC0415
        )
        from ..models.castai_inventory_v1_beta_1gcp_flex_cud import (
            CastaiInventoryV1Beta1GCPFlexCUD,  # noqa: PLC0415
        )
        from ..models.castai_inventory_v1_beta_1gcp_resource_cud import (
            CastaiInventoryV1Beta1GCPResourceCUD,  # noqa: PLC0415
        )

        d = dict(src_dict)
        allowed_usage = d.pop("allowedUsage", UNSET)

        auto_assignment = d.pop("autoAssignment", UNSET)

        _aws_capacity_block_context = d.pop("awsCapacityBlockContext", UNSET)
        aws_capacity_block_context: (
            CastaiInventoryV1Beta1AWSCapacityBlockContext | Unset
        )
        if isinstance(_aws_capacity_block_context, Unset):
            aws_capacity_block_context = UNSET
        else:
            aws_capacity_block_context = (
                CastaiInventoryV1Beta1AWSCapacityBlockContext.from_dict(
                    _aws_capacity_block_context
                )
            )

        _aws_odcr_context = d.pop("awsOdcrContext", UNSET)
        aws_odcr_context: CastaiInventoryV1Beta1AWSODCRContext | Unset
        if isinstance(_aws_odcr_context, Unset):
            aws_odcr_context = UNSET
        else:
            aws_odcr_context = CastaiInventoryV1Beta1AWSODCRContext.from_dict(
                _aws_odcr_context
            )

        _aws_reserved_instances_context = d.pop("awsReservedInstancesContext", UNSET)
        aws_reserved_instances_context: (
            CastaiInventoryV1Beta1AWSReservedInstancesContext | Unset
        )
        if isinstance(_aws_reserved_instances_context, Unset):
            aws_reserved_instances_context = UNSET
        else:
            aws_reserved_instances_context = (
                CastaiInventoryV1Beta1AWSReservedInstancesContext.from_dict(
                    _aws_reserved_instances_context
                )
            )

        _aws_savings_plan_context = d.pop("awsSavingsPlanContext", UNSET)
        aws_savings_plan_context: CastaiInventoryV1Beta1AWSSavingsPlan | Unset
        if isinstance(_aws_savings_plan_context, Unset):
            aws_savings_plan_context = UNSET
        else:
            aws_savings_plan_context = CastaiInventoryV1Beta1AWSSavingsPlan.from_dict(
                _aws_savings_plan_context
            )

        _azure_reservation_context = d.pop("azureReservationContext", UNSET)
        azure_reservation_context: CastaiInventoryV1Beta1AzureReservation | Unset
        if isinstance(_azure_reservation_context, Unset):
            azure_reservation_context = UNSET
        else:
            azure_reservation_context = (
                CastaiInventoryV1Beta1AzureReservation.from_dict(
                    _azure_reservation_context
                )
            )

        _azure_savings_plan_context = d.pop("azureSavingsPlanContext", UNSET)
        azure_savings_plan_context: (
            CastaiInventoryV1Beta1AzureSavingsPlanContext | Unset
        )
        if isinstance(_azure_savings_plan_context, Unset):
            azure_savings_plan_context = UNSET
        else:
            azure_savings_plan_context = (
                CastaiInventoryV1Beta1AzureSavingsPlanContext.from_dict(
                    _azure_savings_plan_context
                )
            )

        def _parse_end_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_date_type_0 = datetime.datetime.fromisoformat(data)

                return end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        end_date = _parse_end_date(d.pop("endDate", UNSET))

        _gcp_capacity_reservation_context = d.pop(
            "gcpCapacityReservationContext", UNSET
        )
        gcp_capacity_reservation_context: (
            CastaiInventoryV1Beta1GCPCapacityReservationContext | Unset
        )
        if isinstance(_gcp_capacity_reservation_context, Unset):
            gcp_capacity_reservation_context = UNSET
        else:
            gcp_capacity_reservation_context = (
                CastaiInventoryV1Beta1GCPCapacityReservationContext.from_dict(
                    _gcp_capacity_reservation_context
                )
            )

        _gcp_flex_cud_context = d.pop("gcpFlexCudContext", UNSET)
        gcp_flex_cud_context: CastaiInventoryV1Beta1GCPFlexCUD | Unset
        if isinstance(_gcp_flex_cud_context, Unset):
            gcp_flex_cud_context = UNSET
        else:
            gcp_flex_cud_context = CastaiInventoryV1Beta1GCPFlexCUD.from_dict(
                _gcp_flex_cud_context
            )

        _gcp_resource_cud_context = d.pop("gcpResourceCudContext", UNSET)
        gcp_resource_cud_context: CastaiInventoryV1Beta1GCPResourceCUD | Unset
        if isinstance(_gcp_resource_cud_context, Unset):
            gcp_resource_cud_context = UNSET
        else:
            gcp_resource_cud_context = CastaiInventoryV1Beta1GCPResourceCUD.from_dict(
                _gcp_resource_cud_context
            )

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        prioritization = d.pop("prioritization", UNSET)

        region = d.pop("region", UNSET)

        _scaling_strategy = d.pop("scalingStrategy", UNSET)
        scaling_strategy: CastaiInventoryV1Beta1CommitmentScalingStrategy | Unset
        if isinstance(_scaling_strategy, Unset):
            scaling_strategy = UNSET
        else:
            scaling_strategy = (
                check_castai_inventory_v1_beta_1_commitment_scaling_strategy(
                    _scaling_strategy
                )
            )

        _start_date = d.pop("startDate", UNSET)
        start_date: datetime.datetime | Unset
        if isinstance(_start_date, Unset):
            start_date = UNSET
        else:
            start_date = datetime.datetime.fromisoformat(_start_date)

        _state = d.pop("state", UNSET)
        state: CastaiInventoryV1Beta1CommitmentState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = check_castai_inventory_v1_beta_1_commitment_state(_state)

        _status = d.pop("status", UNSET)
        status: CastaiInventoryV1Beta1CommitmentStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_castai_inventory_v1_beta_1_commitment_status(_status)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        castai_inventory_v1_beta_1_commitment = cls(
            allowed_usage=allowed_usage,
            auto_assignment=auto_assignment,
            aws_capacity_block_context=aws_capacity_block_context,
            aws_odcr_context=aws_odcr_context,
            aws_reserved_instances_context=aws_reserved_instances_context,
            aws_savings_plan_context=aws_savings_plan_context,
            azure_reservation_context=azure_reservation_context,
            azure_savings_plan_context=azure_savings_plan_context,
            end_date=end_date,
            gcp_capacity_reservation_context=gcp_capacity_reservation_context,
            gcp_flex_cud_context=gcp_flex_cud_context,
            gcp_resource_cud_context=gcp_resource_cud_context,
            id=id,
            name=name,
            prioritization=prioritization,
            region=region,
            scaling_strategy=scaling_strategy,
            start_date=start_date,
            state=state,
            status=status,
            updated_at=updated_at,
        )

        castai_inventory_v1_beta_1_commitment.additional_properties = d
        return castai_inventory_v1_beta_1_commitment

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
