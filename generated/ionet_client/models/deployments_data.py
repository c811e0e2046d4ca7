from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.deployment_data import DeploymentData


T = TypeVar("T", bound="DeploymentsData")


@_attrs_define
class DeploymentsData:
    """
    Attributes:
        deployments (list[DeploymentData]):
        statuses (list[str]): Statuses present among the caller's deployments, for building filters. Example:
            ['running', 'destroyed'].
        total (int): Number of deployments matching the filter, across all pages. Example: 1.
    """

    deployments: list[DeploymentData]
    statuses: list[str]
    total: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deployments = []
        for deployments_item_data in self.deployments:
            deployments_item = deployments_item_data.to_dict()
            deployments.append(deployments_item)

        statuses = self.statuses

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deployments": deployments,
                "statuses": statuses,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.deployment_data import DeploymentData  # noqa: PLC0415

        d = dict(src_dict)
        deployments = []
        _deployments = d.pop("deployments")
        for deployments_item_data in _deployments:
            deployments_item = DeploymentData.from_dict(deployments_item_data)

            deployments.append(deployments_item)

        statuses = cast(list[str], d.pop("statuses"))

        total = d.pop("total")

        deployments_data = cls(
            deployments=deployments,
            statuses=statuses,
            total=total,
        )

        deployments_data.additional_properties = d
        return deployments_data

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
