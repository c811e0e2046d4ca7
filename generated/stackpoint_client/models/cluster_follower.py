from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClusterFollower")


@_attrs_define
class ClusterFollower:
    """Who follows a cluster's build notifications; empty when nobody does.

    Attributes:
        cluster (int | Unset):  Example: 45.
        notify (bool | Unset): Whether the user is emailed about build progress. Example: True.
        pk (int | Unset):  Example: 3.
        tracked_log (int | None | Unset):
        user (int | Unset):  Example: 3.
    """

    cluster: int | Unset = UNSET
    notify: bool | Unset = UNSET
    pk: int | Unset = UNSET
    tracked_log: int | None | Unset = UNSET
    user: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cluster = self.cluster

        notify = self.notify

        pk = self.pk

        tracked_log: int | None | Unset
        if isinstance(self.tracked_log, Unset):
            tracked_log = UNSET
        else:
            tracked_log = self.tracked_log

        user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cluster is not UNSET:
            field_dict["cluster"] = cluster
        if notify is not UNSET:
            field_dict["notify"] = notify
        if pk is not UNSET:
            field_dict["pk"] = pk
        if tracked_log is not UNSET:
            field_dict["tracked_log"] = tracked_log
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cluster = d.pop("cluster", UNSET)

        notify = d.pop("notify", UNSET)

        pk = d.pop("pk", UNSET)

        def _parse_tracked_log(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        tracked_log = _parse_tracked_log(d.pop("tracked_log", UNSET))

        user = d.pop("user", UNSET)

        cluster_follower = cls(
            cluster=cluster,
            notify=notify,
            pk=pk,
            tracked_log=tracked_log,
            user=user,
        )

        cluster_follower.additional_properties = d
        return cluster_follower

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
