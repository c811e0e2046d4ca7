from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.key_status import KeyStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreatedKey")


@_attrs_define
class CreatedKey:
    """A newly created API key, including its secret (shown only once).

    Attributes:
        created_at (datetime.datetime):  Example: 2026-03-02T08:15:00Z.
        id (str):  Example: key_7d1.
        prefix (str):  Example: sk_live_2f7a.
        project_id (str):  Example: proj_8f2c4.
        secret (str): The full API key. Store it securely; it cannot be retrieved again. Example:
            sk_live_2f7a9c41d0e84b6f8a3c5e7d9b1f2a4c.
        status (KeyStatus): Lifecycle state of an API key. `revoked` is final. Example: active.
        name (None | str | Unset):  Example: ci-deployer.
    """

    created_at: datetime.datetime
    id: str
    prefix: str
    project_id: str
    secret: str
    status: KeyStatus
    name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        id = self.id

        prefix = self.prefix

        project_id = self.project_id

        secret = self.secret

        status = self.status.value

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "prefix": prefix,
                "project_id": project_id,
                "secret": secret,
                "status": status,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        id = d.pop("id")

        prefix = d.pop("prefix")

        project_id = d.pop("project_id")

        secret = d.pop("secret")

        status = KeyStatus(d.pop("status"))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        created_key = cls(
            created_at=created_at,
            id=id,
            prefix=prefix,
            project_id=project_id,
            secret=secret,
            status=status,
            name=name,
        )

        created_key.additional_properties = d
        return created_key

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
