from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dbo_v1ttl_mode import DboV1TTLMode, check_dbo_v1ttl_mode
from ..types import UNSET, Unset

T = TypeVar("T", bound="DboV1TTLConfiguration")


@_attrs_define
class DboV1TTLConfiguration:
    """
    Attributes:
        mode (DboV1TTLMode):
        id (str | Unset):
        manual_ttl (int | None | Unset):
        table (None | str | Unset):
        template (None | str | Unset):
        template_hash (None | str | Unset):
    """

    mode: DboV1TTLMode
    id: str | Unset = UNSET
    manual_ttl: int | None | Unset = UNSET
    table: None | str | Unset = UNSET
    template: None | str | Unset = UNSET
    template_hash: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mode: str = self.mode

        id = self.id

        manual_ttl: int | None | Unset
        if isinstance(self.manual_ttl, Unset):
            manual_ttl = UNSET
        else:
            manual_ttl = self.manual_ttl

        table: None | str | Unset
        if isinstance(self.table, Unset):
            table = UNSET
        else:
            table = self.table

        template: None | str | Unset
        if isinstance(self.template, Unset):
            template = UNSET
        else:
            template = self.template

        template_hash: None | str | Unset
        if isinstance(self.template_hash, Unset):
            template_hash = UNSET
        else:
            template_hash = self.template_hash

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mode": mode,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if manual_ttl is not UNSET:
            field_dict["manualTtl"] = manual_ttl
        if table is not UNSET:
            field_dict["table"] = table
        if template is not UNSET:
            field_dict["template"] = template
        if template_hash is not UNSET:
            field_dict["templateHash"] = template_hash

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mode = check_dbo_v1ttl_mode(d.pop("mode"))

        id = d.pop("id", UNSET)

        def _parse_manual_ttl(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        manual_ttl = _parse_manual_ttl(d.pop("manualTtl", UNSET))

        def _parse_table(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        table = _parse_table(d.pop("table", UNSET))

        def _parse_template(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        template = _parse_template(d.pop("template", UNSET))

        def _parse_template_hash(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        template_hash = _parse_template_hash(d.pop("templateHash", UNSET))

        dbo_v1ttl_configuration = cls(
            mode=mode,
            id=id,
            manual_ttl=manual_ttl,
            table=table,
            template=template,
            template_hash=template_hash,
        )

        dbo_v1ttl_configuration.additional_properties = d
        return dbo_v1ttl_configuration

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
