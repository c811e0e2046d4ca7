from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workloadoptimization_v1_get_workload_native_vpa_spec_response_object_type_0 import (
        WorkloadoptimizationV1GetWorkloadNativeVpaSpecResponseObjectType0,
    )


T = TypeVar("T", bound="WorkloadoptimizationV1GetWorkloadNativeVpaSpecResponse")


@_attrs_define
class WorkloadoptimizationV1GetWorkloadNativeVpaSpecResponse:
    """
    Attributes:
        cluster_id (str):
        id (str):
        organization_id (str):
        object_ (None | Unset | WorkloadoptimizationV1GetWorkloadNativeVpaSpecResponseObjectType0):
    """

    cluster_id: str
    id: str
    organization_id: str
    object_: (
        None | Unset | WorkloadoptimizationV1GetWorkloadNativeVpaSpecResponseObjectType0
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.workloadoptimization_v1_get_workload_native_vpa_spec_response_object_type_0 import (
            WorkloadoptimizationV1GetWorkloadNativeVpaSpecResponseObjectType0,  # noqa: PLC0415
        )

        cluster_id = self.cluster_id

        id = self.id

        organization_id = self.organization_id

        object_: dict[str, Any] | None | Unset
        if isinstance(self.object_, Unset):
            object_ = UNSET
        elif isinstance(
            self.object_,
            WorkloadoptimizationV1GetWorkloadNativeVpaSpecResponseObjectType0,
        ):
            object_ = self.object_.to_dict()
        else:
            object_ = self.object_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "clusterId": cluster_id,
                "id": id,
                "organizationId": organization_id,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workloadoptimization_v1_get_workload_native_vpa_spec_response_object_type_0 import (
            WorkloadoptimizationV1GetWorkloadNativeVpaSpecResponseObjectType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        cluster_id = d.pop("clusterId")

        id = d.pop("id")

        organization_id = d.pop("organizationId")

        def _parse_object_(
            data: object,
        ) -> (
            None
            | Unset
            | WorkloadoptimizationV1GetWorkloadNativeVpaSpecResponseObjectType0
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                object_type_0 = WorkloadoptimizationV1GetWorkloadNativeVpaSpecResponseObjectType0.from_dict(
                    data
                )

                return object_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | Unset
                | WorkloadoptimizationV1GetWorkloadNativeVpaSpecResponseObjectType0,
                data,
            )

        object_ = _parse_object_(d.pop("object", UNSET))

        workloadoptimization_v1_get_workload_native_vpa_spec_response = cls(
            cluster_id=cluster_id,
            id=id,
            organization_id=organization_id,
            object_=object_,
        )

        workloadoptimization_v1_get_workload_native_vpa_spec_response.additional_properties = d
        return workloadoptimization_v1_get_workload_native_vpa_spec_response

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
