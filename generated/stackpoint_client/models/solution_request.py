from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.solution_name import SolutionName
from ..types import UNSET, Unset

T = TypeVar("T", bound="SolutionRequest")


@_attrs_define
class SolutionRequest:
    """A solution to install with a new cluster.

    Attributes:
        solution (SolutionName): Identifier of an installable solution. Example: helm_tiller.
        keyset (int | Unset): Solution keyset ID (sysdig and turbonomic only); must belong to the cluster's
            organization. Example: 12.
        max_nodes (int | Unset): Largest node count the autoscaler may reach (autoscaler only). Example: 10.
    """

    solution: SolutionName
    keyset: int | Unset = UNSET
    max_nodes: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        solution = self.solution.value

        keyset = self.keyset

        max_nodes = self.max_nodes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "solution": solution,
            }
        )
        if keyset is not UNSET:
            field_dict["keyset"] = keyset
        if max_nodes is not UNSET:
            field_dict["max_nodes"] = max_nodes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        solution = SolutionName(d.pop("solution"))

        keyset = d.pop("keyset", UNSET)

        max_nodes = d.pop("max_nodes", UNSET)

        solution_request = cls(
            solution=solution,
            keyset=keyset,
            max_nodes=max_nodes,
        )

        solution_request.additional_properties = d
        return solution_request

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
