from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workloadoptimization_v1_bool_match import (
        WorkloadoptimizationV1BoolMatch,
    )
    from ..models.workloadoptimization_v1_label_match import (
        WorkloadoptimizationV1LabelMatch,
    )
    from ..models.workloadoptimization_v1_metrics_filter_and import (
        WorkloadoptimizationV1MetricsFilterAnd,
    )
    from ..models.workloadoptimization_v1_metrics_filter_not import (
        WorkloadoptimizationV1MetricsFilterNot,
    )
    from ..models.workloadoptimization_v1_metrics_filter_or import (
        WorkloadoptimizationV1MetricsFilterOr,
    )
    from ..models.workloadoptimization_v1_string_match import (
        WorkloadoptimizationV1StringMatch,
    )
    from ..models.workloadoptimization_v1_workload_id_match import (
        WorkloadoptimizationV1WorkloadIDMatch,
    )


T = TypeVar("T", bound="WorkloadoptimizationV1MetricsFilterExpr")


@_attrs_define
class WorkloadoptimizationV1MetricsFilterExpr:
    """
    Attributes:
        and_ (WorkloadoptimizationV1MetricsFilterAnd | Unset):
        container (WorkloadoptimizationV1StringMatch | Unset):
        is_custom (WorkloadoptimizationV1BoolMatch | Unset):
        kind (WorkloadoptimizationV1StringMatch | Unset):
        label (WorkloadoptimizationV1LabelMatch | Unset):
        name (WorkloadoptimizationV1StringMatch | Unset):
        namespace (WorkloadoptimizationV1StringMatch | Unset):
        not_ (WorkloadoptimizationV1MetricsFilterNot | Unset):
        or_ (WorkloadoptimizationV1MetricsFilterOr | Unset):
        scaling_policy_name (WorkloadoptimizationV1StringMatch | Unset):
        workload_id (WorkloadoptimizationV1WorkloadIDMatch | Unset):
    """

    and_: WorkloadoptimizationV1MetricsFilterAnd | Unset = UNSET
    container: WorkloadoptimizationV1StringMatch | Unset = UNSET
    is_custom: WorkloadoptimizationV1BoolMatch | Unset = UNSET
    kind: WorkloadoptimizationV1StringMatch | Unset = UNSET
    label: WorkloadoptimizationV1LabelMatch | Unset = UNSET
    name: WorkloadoptimizationV1StringMatch | Unset = UNSET
    namespace: WorkloadoptimizationV1StringMatch | Unset = UNSET
    not_: WorkloadoptimizationV1MetricsFilterNot | Unset = UNSET
    or_: WorkloadoptimizationV1MetricsFilterOr | Unset = UNSET
    scaling_policy_name: WorkloadoptimizationV1StringMatch | Unset = UNSET
    workload_id: WorkloadoptimizationV1WorkloadIDMatch | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        and_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.and_, Unset):
            and_ = self.and_.to_dict()

        container: dict[str, Any] | Unset = UNSET
        if not isinstance(self.container, Unset):
            container = self.container.to_dict()

        is_custom: dict[str, Any] | Unset = UNSET
        if not isinstance(self.is_custom, Unset):
            is_custom = self.is_custom.to_dict()

        kind: dict[str, Any] | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.to_dict()

        label: dict[str, Any] | Unset = UNSET
        if not isinstance(self.label, Unset):
            label = self.label.to_dict()

        name: dict[str, Any] | Unset = UNSET
        if not isinstance(self.name, Unset):
            name = self.name.to_dict()

        namespace: dict[str, Any] | Unset = UNSET
        if not isinstance(self.namespace, Unset):
            namespace = self.namespace.to_dict()

        not_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.not_, Unset):
            not_ = self.not_.to_dict()

        or_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.or_, Unset):
            or_ = self.or_.to_dict()

        scaling_policy_name: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scaling_policy_name, Unset):
            scaling_policy_name = self.scaling_policy_name.to_dict()

        workload_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.workload_id, Unset):
            workload_id = self.workload_id.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if and_ is not UNSET:
            field_dict["and"] = and_
        if container is not UNSET:
            field_dict["container"] = container
        if is_custom is not UNSET:
            field_dict["isCustom"] = is_custom
        if kind is not UNSET:
            field_dict["kind"] = kind
        if label is not UNSET:
            field_dict["label"] = label
        if name is not UNSET:
            field_dict["name"] = name
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if not_ is not UNSET:
            field_dict["not"] = not_
        if or_ is not UNSET:
            field_dict["or"] = or_
        if scaling_policy_name is not UNSET:
            field_dict["scalingPolicyName"] = scaling_policy_name
        if workload_id is not UNSET:
            field_dict["workloadId"] = workload_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workloadoptimization_v1_bool_match import (
            WorkloadoptimizationV1BoolMatch,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1_label_match import (
            WorkloadoptimizationV1LabelMatch,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1_metrics_filter_and import (
            WorkloadoptimizationV1MetricsFilterAnd,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1_metrics_filter_not import (
            WorkloadoptimizationV1MetricsFilterNot,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1_metrics_filter_or import (
            WorkloadoptimizationV1MetricsFilterOr,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1_string_match import (
            WorkloadoptimizationV1StringMatch,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1_workload_id_match import (
            WorkloadoptimizationV1WorkloadIDMatch,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _and_ = d.pop("and", UNSET)
        and_: WorkloadoptimizationV1MetricsFilterAnd | Unset
        if isinstance(_and_, Unset):
            and_ = UNSET
        else:
            and_ = WorkloadoptimizationV1MetricsFilterAnd.from_dict(_and_)

        _container = d.pop("container", UNSET)
        container: WorkloadoptimizationV1StringMatch | Unset
        if isinstance(_container, Unset):
            container = UNSET
        else:
            container = WorkloadoptimizationV1StringMatch.from_dict(_container)

        _is_custom = d.pop("isCustom", UNSET)
        is_custom: WorkloadoptimizationV1BoolMatch | Unset
        if isinstance(_is_custom, Unset):
            is_custom = UNSET
        else:
            is_custom = WorkloadoptimizationV1BoolMatch.from_dict(_is_custom)

        _kind = d.pop("kind", UNSET)
        kind: WorkloadoptimizationV1StringMatch | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = WorkloadoptimizationV1StringMatch.from_dict(_kind)

        _label = d.pop("label", UNSET)
        label: WorkloadoptimizationV1LabelMatch | Unset
        if isinstance(_label, Unset):
            label = UNSET
        else:
            label = WorkloadoptimizationV1LabelMatch.from_dict(_label)

        _name = d.pop("name", UNSET)
        name: WorkloadoptimizationV1StringMatch | Unset
        if isinstance(_name, Unset):
            name = UNSET
        else:
            name = WorkloadoptimizationV1StringMatch.from_dict(_name)

        _namespace = d.pop("namespace", UNSET)
        namespace: WorkloadoptimizationV1StringMatch | Unset
        if isinstance(_namespace, Unset):
            namespace = UNSET
        else:
            namespace = WorkloadoptimizationV1StringMatch.from_dict(_namespace)

        _not_ = d.pop("not", UNSET)
        not_: WorkloadoptimizationV1MetricsFilterNot | Unset
        if isinstance(_not_, Unset):
            not_ = UNSET
        else:
            not_ = WorkloadoptimizationV1MetricsFilterNot.from_dict(_not_)

        _or_ = d.pop("or", UNSET)
        or_: WorkloadoptimizationV1MetricsFilterOr | Unset
        if isinstance(_or_, Unset):
            or_ = UNSET
        else:
            or_ = WorkloadoptimizationV1MetricsFilterOr.from_dict(_or_)

        _scaling_policy_name = d.pop("scalingPolicyName", UNSET)
        scaling_policy_name: WorkloadoptimizationV1StringMatch | Unset
        if isinstance(_scaling_policy_name, Unset):
            scaling_policy_name = UNSET
        else:
            scaling_policy_name = WorkloadoptimizationV1StringMatch.from_dict(
                _scaling_policy_name
            )

        _workload_id = d.pop("workloadId", UNSET)
        workload_id: WorkloadoptimizationV1WorkloadIDMatch | Unset
        if isinstance(_workload_id, Unset):
            workload_id = UNSET
        else:
            workload_id = WorkloadoptimizationV1WorkloadIDMatch.from_dict(_workload_id)

        workloadoptimization_v1_metrics_filter_expr = cls(
            and_=and_,
            container=container,
            is_custom=is_custom,
            kind=kind,
            label=label,
            name=name,
            namespace=namespace,
            not_=not_,
            or_=or_,
            scaling_policy_name=scaling_policy_name,
            workload_id=workload_id,
        )

        workloadoptimization_v1_metrics_filter_expr.additional_properties = d
        return workloadoptimization_v1_metrics_filter_expr

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
