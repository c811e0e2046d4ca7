from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scheduledrebalancing_v1_node_selector_requirement import (
        ScheduledrebalancingV1NodeSelectorRequirement,
    )


T = TypeVar("T", bound="ScheduledrebalancingV1NodeSelectorTerm")


@_attrs_define
class ScheduledrebalancingV1NodeSelectorTerm:
    """
    Attributes:
        match_expressions (list[ScheduledrebalancingV1NodeSelectorRequirement] | Unset):
        match_fields (list[ScheduledrebalancingV1NodeSelectorRequirement] | Unset):
    """

    match_expressions: list[ScheduledrebalancingV1NodeSelectorRequirement] | Unset = (
        UNSET
    )
    match_fields: list[ScheduledrebalancingV1NodeSelectorRequirement] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        match_expressions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.match_expressions, Unset):
            match_expressions = []
            for match_expressions_item_data in self.match_expressions:
                match_expressions_item = match_expressions_item_data.to_dict()
                match_expressions.append(match_expressions_item)

        match_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.match_fields, Unset):
            match_fields = []
            for match_fields_item_data in self.match_fields:
                match_fields_item = match_fields_item_data.to_dict()
                match_fields.append(match_fields_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if match_expressions is not UNSET:
            field_dict["matchExpressions"] = match_expressions
        if match_fields is not UNSET:
            field_dict["matchFields"] = match_fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.scheduledrebalancing_v1_node_selector_requirement import (
            ScheduledrebalancingV1NodeSelectorRequirement,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _match_expressions = d.pop("matchExpressions", UNSET)
        match_expressions: (
            list[ScheduledrebalancingV1NodeSelectorRequirement] | Unset
        ) = UNSET
        if _match_expressions is not UNSET:
            match_expressions = []
            for match_expressions_item_data in _match_expressions:
                match_expressions_item = (
                    ScheduledrebalancingV1NodeSelectorRequirement.from_dict(
                        match_expressions_item_data
                    )
                )

                match_expressions.append(match_expressions_item)

        _match_fields = d.pop("matchFields", UNSET)
        match_fields: list[ScheduledrebalancingV1NodeSelectorRequirement] | Unset = (
            UNSET
        )
        if _match_fields is not UNSET:
            match_fields = []
            for match_fields_item_data in _match_fields:
                match_fields_item = (
                    ScheduledrebalancingV1NodeSelectorRequirement.from_dict(
                        match_fields_item_data
                    )
                )

                match_fields.append(match_fields_item)

        scheduledrebalancing_v1_node_selector_term = cls(
            match_expressions=match_expressions,
            match_fields=match_fields,
        )

        scheduledrebalancing_v1_node_selector_term.additional_properties = d
        return scheduledrebalancing_v1_node_selector_term

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
