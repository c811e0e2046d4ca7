from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.runtime_v1_rule_engine_type import (
    RuntimeV1RuleEngineType,
    check_runtime_v1_rule_engine_type,
)
from ..models.runtime_v1_severity import RuntimeV1Severity, check_runtime_v1_severity
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.runtime_v1_list_header import RuntimeV1ListHeader
    from ..models.runtime_v1_rule_labels import RuntimeV1RuleLabels


T = TypeVar("T", bound="RuntimeV1Rule")


@_attrs_define
class RuntimeV1Rule:
    """
    Attributes:
        anomalies_count (int | Unset):
        category (str | Unset):
        enabled (bool | Unset):
        id (str | Unset):
        is_built_in (bool | Unset):
        labels (RuntimeV1RuleLabels | Unset):
        name (str | Unset):
        resource_selector (str | Unset):
        rule_engine_type (RuntimeV1RuleEngineType | Unset):
        rule_text (str | Unset):
        severity (RuntimeV1Severity | Unset):
        type_ (str | Unset):
        used_custom_lists (list[RuntimeV1ListHeader] | Unset):
    """

    anomalies_count: int | Unset = UNSET
    category: str | Unset = UNSET
    enabled: bool | Unset = UNSET
    id: str | Unset = UNSET
    is_built_in: bool | Unset = UNSET
    labels: RuntimeV1RuleLabels | Unset = UNSET
    name: str | Unset = UNSET
    resource_selector: str | Unset = UNSET
    rule_engine_type: RuntimeV1RuleEngineType | Unset = UNSET
    rule_text: str | Unset = UNSET
    severity: RuntimeV1Severity | Unset = UNSET
    type_: str | Unset = UNSET
    used_custom_lists: list[RuntimeV1ListHeader] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        anomalies_count = self.anomalies_count

        category = self.category

        enabled = self.enabled

        id = self.id

        is_built_in = self.is_built_in

        labels: dict[str, Any] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels.to_dict()

        name = self.name

        resource_selector = self.resource_selector

        rule_engine_type: str | Unset = UNSET
        if not isinstance(self.rule_engine_type, Unset):
            rule_engine_type = self.rule_engine_type

        rule_text = self.rule_text

        severity: str | Unset = UNSET
        if not isinstance(self.severity, Unset):
            severity = self.severity

        type_ = self.type_

        used_custom_lists: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.used_custom_lists, Unset):
            used_custom_lists = []
            for used_custom_lists_item_data in self.used_custom_lists:
                used_custom_lists_item = used_custom_lists_item_data.to_dict()
                used_custom_lists.append(used_custom_lists_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if anomalies_count is not UNSET:
            field_dict["anomaliesCount"] = anomalies_count
        if category is not UNSET:
            field_dict["category"] = category
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if id is not UNSET:
            field_dict["id"] = id
        if is_built_in is not UNSET:
            field_dict["isBuiltIn"] = is_built_in
        if labels is not UNSET:
            field_dict["labels"] = labels
        if name is not UNSET:
            field_dict["name"] = name
        if resource_selector is not UNSET:
            field_dict["resourceSelector"] = resource_selector
        if rule_engine_type is not UNSET:
            field_dict["ruleEngineType"] = rule_engine_type
        if rule_text is not UNSET:
            field_dict["ruleText"] = rule_text
        if severity is not UNSET:
            field_dict["severity"] = severity
        if type_ is not UNSET:
            field_dict["type"] = type_
        if used_custom_lists is not UNSET:
            field_dict["usedCustomLists"] = used_custom_lists

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.runtime_v1_list_header import RuntimeV1ListHeader  # noqa: PLC0415
        from ..models.runtime_v1_rule_labels import RuntimeV1RuleLabels  # noqa: PLC0415

        d = dict(src_dict)
        anomalies_count = d.pop("anomaliesCount", UNSET)

        category = d.pop("category", UNSET)

        enabled = d.pop("enabled", UNSET)

        id = d.pop("id", UNSET)

        is_built_in = d.pop("isBuiltIn", UNSET)

        _labels = d.pop("labels", UNSET)
        labels: RuntimeV1RuleLabels | Unset
        if isinstance(_labels, Unset):
            labels = UNSET
        else:
            labels = RuntimeV1RuleLabels.from_dict(_labels)

        name = d.pop("name", UNSET)

        resource_selector = d.pop("resourceSelector", UNSET)

        _rule_engine_type = d.pop("ruleEngineType", UNSET)
        rule_engine_type: RuntimeV1RuleEngineType | Unset
        if isinstance(_rule_engine_type, Unset):
            rule_engine_type = UNSET
        else:
            rule_engine_type = check_runtime_v1_rule_engine_type(_rule_engine_type)

        rule_text = d.pop("ruleText", UNSET)

        _severity = d.pop("severity", UNSET)
        severity: RuntimeV1Severity | Unset
        if isinstance(_severity, Unset):
            severity = UNSET
        else:
            severity = check_runtime_v1_severity(_severity)

        type_ = d.pop("type", UNSET)

        _used_custom_lists = d.pop("usedCustomLists", UNSET)
        used_custom_lists: list[RuntimeV1ListHeader] | Unset = UNSET
        if _used_custom_lists is not UNSET:
            used_custom_lists = []
            for used_custom_lists_item_data in _used_custom_lists:
                used_custom_lists_item = RuntimeV1ListHeader.from_dict(
                    used_custom_lists_item_data
                )

                used_custom_lists.append(used_custom_lists_item)

        runtime_v1_rule = cls(
            anomalies_count=anomalies_count,
            category=category,
            enabled=enabled,
            id=id,
            is_built_in=is_built_in,
            labels=labels,
            name=name,
            resource_selector=resource_selector,
            rule_engine_type=rule_engine_type,
            rule_text=rule_text,
            severity=severity,
            type_=type_,
            used_custom_lists=used_custom_lists,
        )

        runtime_v1_rule.additional_properties = d
        return runtime_v1_rule

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
