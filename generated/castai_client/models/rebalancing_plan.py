from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rebalancing_plan_status import RebalancingPlanStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="RebalancingPlan")


@_attrs_define
class RebalancingPlan:
    """A rebalancing plan and where it stands.

    Attributes:
        cluster_id (UUID):  Example: 3d7a1c52-9b1e-4f0a-8c61-2f5e9d0b7a14.
        created_at (datetime.datetime):  Example: 2026-08-01T10:00:00Z.
        rebalancing_plan_id (UUID):  Example: 7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f.
        status (RebalancingPlanStatus): Stage of a rebalancing plan. Example: generated.
        finished_at (datetime.datetime | None | Unset):
        generated_at (datetime.datetime | None | Unset):  Example: 2026-08-01T10:00:20Z.
        min_nodes (int | Unset):  Example: 3.
        triggered_at (datetime.datetime | None | Unset):
    """

    cluster_id: UUID
    created_at: datetime.datetime
    rebalancing_plan_id: UUID
    status: RebalancingPlanStatus
    finished_at: datetime.datetime | None | Unset = UNSET
    generated_at: datetime.datetime | None | Unset = UNSET
    min_nodes: int | Unset = UNSET
    triggered_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cluster_id = str(self.cluster_id)

        created_at = self.created_at.isoformat()

        rebalancing_plan_id = str(self.rebalancing_plan_id)

        status = self.status.value

        finished_at: None | str | Unset
        if isinstance(self.finished_at, Unset):
            finished_at = UNSET
        elif isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at

        generated_at: None | str | Unset
        if isinstance(self.generated_at, Unset):
            generated_at = UNSET
        elif isinstance(self.generated_at, datetime.datetime):
            generated_at = self.generated_at.isoformat()
        else:
            generated_at = self.generated_at

        min_nodes = self.min_nodes

        triggered_at: None | str | Unset
        if isinstance(self.triggered_at, Unset):
            triggered_at = UNSET
        elif isinstance(self.triggered_at, datetime.datetime):
            triggered_at = self.triggered_at.isoformat()
        else:
            triggered_at = self.triggered_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "clusterId": cluster_id,
                "createdAt": created_at,
                "rebalancingPlanId": rebalancing_plan_id,
                "status": status,
            }
        )
        if finished_at is not UNSET:
            field_dict["finishedAt"] = finished_at
        if generated_at is not UNSET:
            field_dict["generatedAt"] = generated_at
        if min_nodes is not UNSET:
            field_dict["minNodes"] = min_nodes
        if triggered_at is not UNSET:
            field_dict["triggeredAt"] = triggered_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cluster_id = UUID(d.pop("clusterId"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        rebalancing_plan_id = UUID(d.pop("rebalancingPlanId"))

        status = RebalancingPlanStatus(d.pop("status"))

        def _parse_finished_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finished_at_type_0 = datetime.datetime.fromisoformat(data)

                return finished_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        finished_at = _parse_finished_at(d.pop("finishedAt", UNSET))

        def _parse_generated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                generated_at_type_0 = datetime.datetime.fromisoformat(data)

                return generated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        generated_at = _parse_generated_at(d.pop("generatedAt", UNSET))

        min_nodes = d.pop("minNodes", UNSET)

        def _parse_triggered_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                triggered_at_type_0 = datetime.datetime.fromisoformat(data)

                return triggered_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        triggered_at = _parse_triggered_at(d.pop("triggeredAt", UNSET))

        rebalancing_plan = cls(
            cluster_id=cluster_id,
            created_at=created_at,
            rebalancing_plan_id=rebalancing_plan_id,
            status=status,
            finished_at=finished_at,
            generated_at=generated_at,
            min_nodes=min_nodes,
            triggered_at=triggered_at,
        )

        rebalancing_plan.additional_properties = d
        return rebalancing_plan

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
