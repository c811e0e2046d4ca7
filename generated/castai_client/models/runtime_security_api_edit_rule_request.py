from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.runtime_v1_severity import RuntimeV1Severity, check_runtime_v1_severity
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.runtime_security_api_edit_rule_request_labels import (
        RuntimeSecurityAPIEditRuleRequestLabels,
    )


T = TypeVar("T", bound="RuntimeSecurityAPIEditRuleRequest")


@_attrs_define
class RuntimeSecurityAPIEditRuleRequest:
    """
    Attributes:
        enabled (bool):
        severity (RuntimeV1Severity):
        labels (RuntimeSecurityAPIEditRuleRequestLabels | Unset):
        resource_selector (str | Unset):
        rule_text (str | Unset):
    """

    enabled: bool
    severity: RuntimeV1Severity
    labels: RuntimeSecurityAPIEditRuleRequestLabels | Unset = UNSET
    resource_selector: str | Unset = UNSET
    rule_text: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        severity: str = self.severity

        labels: dict[str, Any] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels.to_dict()

        resource_selector = self.resource_selector

        rule_text = self.rule_text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enabled": enabled,
                "severity": severity,
            }
        )
        if labels is not UNSET:
            field_dict["labels"] = labels
        if resource_selector is not UNSET:
            field_dict["resourceSelector"] = resource_selector
        if rule_text is not UNSET:
            field_dict["ruleText"] = rule_text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.runtime_security_api_edit_rule_request_labels import (
            RuntimeSecurityAPIEditRuleRequestLabels,  # noqa: PLC0415
        )

        d = dict(src_dict)
        enabled = d.pop("enabled")

        severity = check_runtime_v1_severity(d.pop("severity"))

        _labels = d.pop("labels", UNSET)
        labels: RuntimeSecurityAPIEditRuleRequestLabels | Unset
        if isinstance(_labels, Unset):
            labels = UNSET
        else:
            labels = RuntimeSecurityAPIEditRuleRequestLabels.from_dict(_labels)

        resource_selector = d.pop("resourceSelector", UNSET)

        rule_text = d.pop("ruleText", UNSET)

        runtime_security_api_edit_rule_request = cls(
            enabled=enabled,
            severity=severity,
            labels=labels,
            resource_selector=resource_selector,
            rule_text=rule_text,
        )

        runtime_security_api_edit_rule_request.additional_properties = d
        return runtime_security_api_edit_rule_request

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
