from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workloadoptimization_v1_managed_by import (
    WorkloadoptimizationV1ManagedBy,
    check_workloadoptimization_v1_managed_by,
)
from ..models.workloadoptimization_v1_scaling_policy_origin import (
    WorkloadoptimizationV1ScalingPolicyOrigin,
    check_workloadoptimization_v1_scaling_policy_origin,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workloadoptimization_v1_container import (
        WorkloadoptimizationV1Container,
    )
    from ..models.workloadoptimization_v1_costs import WorkloadoptimizationV1Costs
    from ..models.workloadoptimization_v1_deployed_recommendation import (
        WorkloadoptimizationV1DeployedRecommendation,
    )
    from ..models.workloadoptimization_v1_key_value_pair import (
        WorkloadoptimizationV1KeyValuePair,
    )
    from ..models.workloadoptimization_v1_predictive_insights import (
        WorkloadoptimizationV1PredictiveInsights,
    )
    from ..models.workloadoptimization_v1_recommendation_status import (
        WorkloadoptimizationV1RecommendationStatus,
    )
    from ..models.workloadoptimization_v1_workload_config_v2 import (
        WorkloadoptimizationV1WorkloadConfigV2,
    )
    from ..models.workloadoptimization_v1_workload_overrides import (
        WorkloadoptimizationV1WorkloadOverrides,
    )
    from ..models.workloadoptimization_v1_workload_recommendation import (
        WorkloadoptimizationV1WorkloadRecommendation,
    )
    from ..models.workloadoptimization_v1_workload_system_overrides import (
        WorkloadoptimizationV1WorkloadSystemOverrides,
    )
    from ..models.workloadoptimization_v1hpa_spec import WorkloadoptimizationV1HPASpec
    from ..models.workloadoptimization_v1hpa_state import WorkloadoptimizationV1HPAState
    from ..models.workloadoptimization_v1hpa_unsupported_reason import (
        WorkloadoptimizationV1HPAUnsupportedReason,
    )


T = TypeVar("T", bound="WorkloadoptimizationV1Workload")


@_attrs_define
class WorkloadoptimizationV1Workload:
    """
    Attributes:
        annotations (list[WorkloadoptimizationV1KeyValuePair]):
        cluster_id (str):
        containers (list[WorkloadoptimizationV1Container]):
        created_at (datetime.datetime):
        group (str):
        id (str):
        is_custom (bool):
        is_job_like (bool):
        kind (str):
        labels (list[WorkloadoptimizationV1KeyValuePair]):
        managed_by (WorkloadoptimizationV1ManagedBy):
        matching_pod_count (int):
        name (str):
        namespace (str):
        organization_id (str):
        pod_count (int):
        prediction_insights (WorkloadoptimizationV1PredictiveInsights):
        recommendation_status (WorkloadoptimizationV1RecommendationStatus):
        replicas (int):
        scaled_pod_count (int):
        scaling_policy_id (str):
        scaling_policy_name (str):
        scaling_policy_origin (WorkloadoptimizationV1ScalingPolicyOrigin):
        system_overrides (WorkloadoptimizationV1WorkloadSystemOverrides):
        updated_at (datetime.datetime):
        version (str):
        workload_config_v2 (WorkloadoptimizationV1WorkloadConfigV2):
        costs_per_hour (WorkloadoptimizationV1Costs | Unset):
        deployed_recommendation (WorkloadoptimizationV1DeployedRecommendation | Unset):
        error (None | str | Unset):
        error_title (None | str | Unset):
        has_native_hpa (bool | None | Unset):
        hpa_spec (WorkloadoptimizationV1HPASpec | Unset):
        hpa_state (WorkloadoptimizationV1HPAState | Unset):
        native_hpa_unsupported_reason_details (WorkloadoptimizationV1HPAUnsupportedReason | Unset):
        recommendation (WorkloadoptimizationV1WorkloadRecommendation | Unset):
        suggested_scaling_policy_id (None | str | Unset):
        suggested_scaling_policy_name (None | str | Unset):
        woop_hpa_unsupported_reason (None | str | Unset):
        workload_overrides (WorkloadoptimizationV1WorkloadOverrides | Unset):
    """

    annotations: list[WorkloadoptimizationV1KeyValuePair]
    cluster_id: str
    containers: list[WorkloadoptimizationV1Container]
    created_at: datetime.datetime
    group: str
    id: str
    is_custom: bool
    is_job_like: bool
    kind: str
    labels: list[WorkloadoptimizationV1KeyValuePair]
    managed_by: WorkloadoptimizationV1ManagedBy
    matching_pod_count: int
    name: str
    namespace: str
    organization_id: str
    pod_count: int
    prediction_insights: WorkloadoptimizationV1PredictiveInsights
    recommendation_status: WorkloadoptimizationV1RecommendationStatus
    replicas: int
    scaled_pod_count: int
    scaling_policy_id: str
    scaling_policy_name: str
    scaling_policy_origin: WorkloadoptimizationV1ScalingPolicyOrigin
    system_overrides: WorkloadoptimizationV1WorkloadSystemOverrides
    updated_at: datetime.datetime
    version: str
    workload_config_v2: WorkloadoptimizationV1WorkloadConfigV2
    costs_per_hour: WorkloadoptimizationV1Costs | Unset = UNSET
    deployed_recommendation: WorkloadoptimizationV1DeployedRecommendation | Unset = (
        UNSET
    )
    error: None | str | Unset = UNSET
    error_title: None | str | Unset = UNSET
    has_native_hpa: bool | None | Unset = UNSET
    hpa_spec: WorkloadoptimizationV1HPASpec | Unset = UNSET
    hpa_state: WorkloadoptimizationV1HPAState | Unset = UNSET
    native_hpa_unsupported_reason_details: (
        WorkloadoptimizationV1HPAUnsupportedReason | Unset
    ) = UNSET
    recommendation: WorkloadoptimizationV1WorkloadRecommendation | Unset = UNSET
    suggested_scaling_policy_id: None | str | Unset = UNSET
    suggested_scaling_policy_name: None | str | Unset = UNSET
    woop_hpa_unsupported_reason: None | str | Unset = UNSET
    workload_overrides: WorkloadoptimizationV1WorkloadOverrides | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        annotations = []
        for annotations_item_data in self.annotations:
            annotations_item = annotations_item_data.to_dict()
            annotations.append(annotations_item)

        cluster_id = self.cluster_id

        containers = []
        for containers_item_data in self.containers:
            containers_item = containers_item_data.to_dict()
            containers.append(containers_item)

        created_at = self.created_at.isoformat()

        group = self.group

        id = self.id

        is_custom = self.is_custom

        is_job_like = self.is_job_like

        kind = self.kind

        labels = []
        for labels_item_data in self.labels:
            labels_item = labels_item_data.to_dict()
            labels.append(labels_item)

        managed_by: str = self.managed_by

        matching_pod_count = self.matching_pod_count

        name = self.name

        namespace = self.namespace

        organization_id = self.organization_id

        pod_count = self.pod_count

        prediction_insights = self.prediction_insights.to_dict()

        recommendation_status = self.recommendation_status.to_dict()

        replicas = self.replicas

        scaled_pod_count = self.scaled_pod_count

        scaling_policy_id = self.scaling_policy_id

        scaling_policy_name = self.scaling_policy_name

        scaling_policy_origin: str = self.scaling_policy_origin

        system_overrides = self.system_overrides.to_dict()

        updated_at = self.updated_at.isoformat()

        version = self.version

        workload_config_v2 = self.workload_config_v2.to_dict()

        costs_per_hour: dict[str, Any] | Unset = UNSET
        if not isinstance(self.costs_per_hour, Unset):
            costs_per_hour = self.costs_per_hour.to_dict()

        deployed_recommendation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.deployed_recommendation, Unset):
            deployed_recommendation = self.deployed_recommendation.to_dict()

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        error_title: None | str | Unset
        if isinstance(self.error_title, Unset):
            error_title = UNSET
        else:
            error_title = self.error_title

        has_native_hpa: bool | None | Unset
        if isinstance(self.has_native_hpa, Unset):
            has_native_hpa = UNSET
        else:
            has_native_hpa = self.has_native_hpa

        hpa_spec: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hpa_spec, Unset):
            hpa_spec = self.hpa_spec.to_dict()

        hpa_state: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hpa_state, Unset):
            hpa_state = self.hpa_state.to_dict()

        native_hpa_unsupported_reason_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.native_hpa_unsupported_reason_details, Unset):
            native_hpa_unsupported_reason_details = (
                self.native_hpa_unsupported_reason_details.to_dict()
            )

        recommendation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.recommendation, Unset):
            recommendation = self.recommendation.to_dict()

        suggested_scaling_policy_id: None | str | Unset
        if isinstance(self.suggested_scaling_policy_id, Unset):
            suggested_scaling_policy_id = UNSET
        else:
            suggested_scaling_policy_id = self.suggested_scaling_policy_id

        suggested_scaling_policy_name: None | str | Unset
        if isinstance(self.suggested_scaling_policy_name, Unset):
            suggested_scaling_policy_name = UNSET
        else:
            suggested_scaling_policy_name = self.suggested_scaling_policy_name

        woop_hpa_unsupported_reason: None | str | Unset
        if isinstance(self.woop_hpa_unsupported_reason, Unset):
            woop_hpa_unsupported_reason = UNSET
        else:
            woop_hpa_unsupported_reason = self.woop_hpa_unsupported_reason

        workload_overrides: dict[str, Any] | Unset = UNSET
        if not isinstance(self.workload_overrides, Unset):
            workload_overrides = self.workload_overrides.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "annotations": annotations,
                "clusterId": cluster_id,
                "containers": containers,
                "createdAt": created_at,
                "group": group,
                "id": id,
                "isCustom": is_custom,
                "isJobLike": is_job_like,
                "kind": kind,
                "labels": labels,
                "managedBy": managed_by,
                "matchingPodCount": matching_pod_count,
                "name": name,
                "namespace": namespace,
                "organizationId": organization_id,
                "podCount": pod_count,
                "predictionInsights": prediction_insights,
                "recommendationStatus": recommendation_status,
                "replicas": replicas,
                "scaledPodCount": scaled_pod_count,
                "scalingPolicyId": scaling_policy_id,
                "scalingPolicyName": scaling_policy_name,
                "scalingPolicyOrigin": scaling_policy_origin,
                "systemOverrides": system_overrides,
                "updatedAt": updated_at,
                "version": version,
                "workloadConfigV2": workload_config_v2,
            }
        )
        if costs_per_hour is not UNSET:
            field_dict["costsPerHour"] = costs_per_hour
        if deployed_recommendation is not UNSET:
            field_dict["deployedRecommendation"] = deployed_recommendation
        if error is not UNSET:
            field_dict["error"] = error
        if error_title is not UNSET:
            field_dict["errorTitle"] = error_title
        if has_native_hpa is not UNSET:
            field_dict["hasNativeHpa"] = has_native_hpa
        if hpa_spec is not UNSET:
            field_dict["hpaSpec"] = hpa_spec
        if hpa_state is not UNSET:
            field_dict["hpaState"] = hpa_state
        if native_hpa_unsupported_reason_details is not UNSET:
            field_dict["nativeHpaUnsupportedReasonDetails"] = (
                native_hpa_unsupported_reason_details
            )
        if recommendation is not UNSET:
            field_dict["recommendation"] = recommendation
        if suggested_scaling_policy_id is not UNSET:
            field_dict["suggestedScalingPolicyId"] = suggested_scaling_policy_id
        if suggested_scaling_policy_name is not UNSET:
            field_dict["suggestedScalingPolicyName"] = suggested_scaling_policy_name
        if woop_hpa_unsupported_reason is not UNSET:
            field_dict["woopHpaUnsupportedReason"] = woop_hpa_unsupported_reason
        if workload_overrides is not UNSET:
            field_dict["workloadOverrides"] = workload_overrides

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workloadoptimization_v1_container import (
            WorkloadoptimizationV1Container,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1_costs import WorkloadoptimizationV1Costs  # noqa: PLC0415
        from ..models.workloadoptimization_v1_deployed_recommendation import (
            WorkloadoptimizationV1DeployedRecommendation,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1_key_value_pair import (
            WorkloadoptimizationV1KeyValuePair,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1_predictive_insights import (
            WorkloadoptimizationV1PredictiveInsights,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1_recommendation_status import (
            WorkloadoptimizationV1RecommendationStatus,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1_workload_config_v2 import (
            WorkloadoptimizationV1WorkloadConfigV2,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1_workload_overrides import (
            WorkloadoptimizationV1WorkloadOverrides,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1_workload_recommendation import (
            WorkloadoptimizationV1WorkloadRecommendation,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1_workload_system_overrides import (
            WorkloadoptimizationV1WorkloadSystemOverrides,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1hpa_spec import (
            WorkloadoptimizationV1HPASpec,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1hpa_state import (
            WorkloadoptimizationV1HPAState,  # noqa: PLC0415
        )
        from ..models.workloadoptimization_v1hpa_unsupported_reason import (
            WorkloadoptimizationV1HPAUnsupportedReason,  # noqa: PLC0415
        )

        d = dict(src_dict)
        annotations = []
        _annotations = d.pop("annotations")
        for annotations_item_data in _annotations:
            annotations_item = WorkloadoptimizationV1KeyValuePair.from_dict(
                annotations_item_data
            )

            annotations.append(annotations_item)

        cluster_id = d.pop("clusterId")

        containers = []
        _containers = d.pop("containers")
        for containers_item_data in _containers:
            containers_item = WorkloadoptimizationV1Container.from_dict(
                containers_item_data
            )

            containers.append(containers_item)

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        group = d.pop("group")

        id = d.pop("id")

        is_custom = d.pop("isCustom")

        is_job_like = d.pop("isJobLike")

        kind = d.pop("kind")

        labels = []
        _labels = d.pop("labels")
        for labels_item_data in _labels:
            labels_item = WorkloadoptimizationV1KeyValuePair.from_dict(labels_item_data)

            labels.append(labels_item)

        managed_by = check_workloadoptimization_v1_managed_by(d.pop("managedBy"))

        matching_pod_count = d.pop("matchingPodCount")

        name = d.pop("name")

        namespace = d.pop("namespace")

        organization_id = d.pop("organizationId")

        pod_count = d.pop("podCount")

        prediction_insights = WorkloadoptimizationV1PredictiveInsights.from_dict(
            d.pop("predictionInsights")
        )

        recommendation_status = WorkloadoptimizationV1RecommendationStatus.from_dict(
            d.pop("recommendationStatus")
        )

        replicas = d.pop("replicas")

        scaled_pod_count = d.pop("scaledPodCount")

        scaling_policy_id = d.pop("scalingPolicyId")

        scaling_policy_name = d.pop("scalingPolicyName")

        scaling_policy_origin = check_workloadoptimization_v1_scaling_policy_origin(
            d.pop("scalingPolicyOrigin")
        )

        system_overrides = WorkloadoptimizationV1WorkloadSystemOverrides.from_dict(
            d.pop("systemOverrides")
        )

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        version = d.pop("version")

        workload_config_v2 = WorkloadoptimizationV1WorkloadConfigV2.from_dict(
            d.pop("workloadConfigV2")
        )

        _costs_per_hour = d.pop("costsPerHour", UNSET)
        costs_per_hour: WorkloadoptimizationV1Costs | Unset
        if isinstance(_costs_per_hour, Unset):
            costs_per_hour = UNSET
        else:
            costs_per_hour = WorkloadoptimizationV1Costs.from_dict(_costs_per_hour)

        _deployed_recommendation = d.pop("deployedRecommendation", UNSET)
        deployed_recommendation: WorkloadoptimizationV1DeployedRecommendation | Unset
        if isinstance(_deployed_recommendation, Unset):
            deployed_recommendation = UNSET
        else:
            deployed_recommendation = (
                WorkloadoptimizationV1DeployedRecommendation.from_dict(
                    _deployed_recommendation
                )
            )

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        def _parse_error_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_title = _parse_error_title(d.pop("errorTitle", UNSET))

        def _parse_has_native_hpa(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        has_native_hpa = _parse_has_native_hpa(d.pop("hasNativeHpa", UNSET))

        _hpa_spec = d.pop("hpaSpec", UNSET)
        hpa_spec: WorkloadoptimizationV1HPASpec | Unset
        if isinstance(_hpa_spec, Unset):
            hpa_spec = UNSET
        else:
            hpa_spec = WorkloadoptimizationV1HPASpec.from_dict(_hpa_spec)

        _hpa_state = d.pop("hpaState", UNSET)
        hpa_state: WorkloadoptimizationV1HPAState | Unset
        if isinstance(_hpa_state, Unset):
            hpa_state = UNSET
        else:
            hpa_state = WorkloadoptimizationV1HPAState.from_dict(_hpa_state)

        _native_hpa_unsupported_reason_details = d.pop(
            "nativeHpaUnsupportedReasonDetails", UNSET
        )
        native_hpa_unsupported_reason_details: (
            WorkloadoptimizationV1HPAUnsupportedReason | Unset
        )
        if isinstance(_native_hpa_unsupported_reason_details, Unset):
            native_hpa_unsupported_reason_details = UNSET
        else:
            native_hpa_unsupported_reason_details = (
                WorkloadoptimizationV1HPAUnsupportedReason.from_dict(
                    _native_hpa_unsupported_reason_details
                )
            )

        _recommendation = d.pop("recommendation", UNSET)
        recommendation: WorkloadoptimizationV1WorkloadRecommendation | Unset
        if isinstance(_recommendation, Unset):
            recommendation = UNSET
        else:
            recommendation = WorkloadoptimizationV1WorkloadRecommendation.from_dict(
                _recommendation
            )

        def _parse_suggested_scaling_policy_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        suggested_scaling_policy_id = _parse_suggested_scaling_policy_id(
            d.pop("suggestedScalingPolicyId", UNSET)
        )

        def _parse_suggested_scaling_policy_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        suggested_scaling_policy_name = _parse_suggested_scaling_policy_name(
            d.pop("suggestedScalingPolicyName", UNSET)
        )

        def _parse_woop_hpa_unsupported_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        woop_hpa_unsupported_reason = _parse_woop_hpa_unsupported_reason(
            d.pop("woopHpaUnsupportedReason", UNSET)
        )

        _workload_overrides = d.pop("workloadOverrides", UNSET)
        workload_overrides: WorkloadoptimizationV1WorkloadOverrides | Unset
        if isinstance(_workload_overrides, Unset):
            workload_overrides = UNSET
        else:
            workload_overrides = WorkloadoptimizationV1WorkloadOverrides.from_dict(
                _workload_overrides
            )

        workloadoptimization_v1_workload = cls(
            annotations=annotations,
            cluster_id=cluster_id,
            containers=containers,
            created_at=created_at,
            group=group,
            id=id,
            is_custom=is_custom,
            is_job_like=is_job_like,
            kind=kind,
            labels=labels,
            managed_by=managed_by,
            matching_pod_count=matching_pod_count,
            name=name,
            namespace=namespace,
            organization_id=organization_id,
            pod_count=pod_count,
            prediction_insights=prediction_insights,
            recommendation_status=recommendation_status,
            replicas=replicas,
            scaled_pod_count=scaled_pod_count,
            scaling_policy_id=scaling_policy_id,
            scaling_policy_name=scaling_policy_name,
            scaling_policy_origin=scaling_policy_origin,
            system_overrides=system_overrides,
            updated_at=updated_at,
            version=version,
            workload_config_v2=workload_config_v2,
            costs_per_hour=costs_per_hour,
            deployed_recommendation=deployed_recommendation,
            error=error,
            error_title=error_title,
            has_native_hpa=has_native_hpa,
            hpa_spec=hpa_spec,
            hpa_state=hpa_state,
            native_hpa_unsupported_reason_details=native_hpa_unsupported_reason_details,
            recommendation=recommendation,
            suggested_scaling_policy_id=suggested_scaling_policy_id,
            suggested_scaling_policy_name=suggested_scaling_policy_name,
            woop_hpa_unsupported_reason=woop_hpa_unsupported_reason,
            workload_overrides=workload_overrides,
        )

        workloadoptimization_v1_workload.additional_properties = d
        return workloadoptimization_v1_workload

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
