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
    from ..models.runtime_v1_create_rule_request_labels import (
        RuntimeV1CreateRuleRequestLabels,
    )


T = TypeVar("T", bound="RuntimeV1CreateRuleRequest")


@_attrs_define
class RuntimeV1CreateRuleRequest:
    """
    Attributes:
        category (str):
        name (str):
        rule_engine_type (RuntimeV1RuleEngineType):
        rule_text (str):
        severity (RuntimeV1Severity):
        enabled (bool | Unset):
        labels (RuntimeV1CreateRuleRequestLabels | Unset):
        resource_selector (str | Unset):
    """

    category: str
    name: str
    rule_engine_type: RuntimeV1RuleEngineType
    rule_text: str
    severity: RuntimeV1Severity
    enabled: bool | Unset = UNSET
    labels: RuntimeV1CreateRuleRequestLabels | Unset = UNSET
    resource_selector: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category = self.category

        name = self.name

        rule_engine_type: str = self.rule_engine_type

        rule_text = self.rule_text

        severity: str = self.severity

        enabled = self.enabled

        labels: dict[str, Any] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels.to_dict()

        resource_selector = self.resource_selector

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "category": category,
                "name": name,
                "ruleEngineType": rule_engine_type,
                "ruleText": rule_text,
                "severity": severity,
            }
        )
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if labels is not UNSET:
            field_dict["labels"] = labels
        if resource_selector is not UNSET:
            field_dict["resourceSelector"] = resource_selector

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.runtime_v1_create_rule_request_labels import (
            RuntimeV1CreateRuleRequestLabels,  # noqa: PLC0415
        )

        d = dict(src_dict)
        category = d.pop("category")

        name = d.pop("name")

        rule_engine_type = check_runtime_v1_rule_engine_type(d.pop("ruleEngineType"))

        rule_text = d.pop("ruleText")

        severity = check_runtime_v1_severity(d.pop("severity"))

        enabled = d.pop("enabled", UNSET)

        _labels = d.pop("labels", UNSET)
        labels: RuntimeV1CreateRuleRequestLabels | Unset
        if isinstance(_labels, Unset):
            labels = UNSET
        else:
            labels = RuntimeV1CreateRuleRequestLabels.from_dict(_labels)

        resource_selector = d.pop("resourceSelector", UNSET)

        runtime_v1_create_rule_request = cls(
            category=category,
            name=name,
            rule_engine_type=rule_engine_type,
            rule_text=rule_text,
            severity=severity,
            enabled=enabled,
            labels=labels,
            resource_selector=resource_selector,
        )

        runtime_v1_create_rule_request.additional_properties = d
        return runtime_v1_create_rule_request

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
