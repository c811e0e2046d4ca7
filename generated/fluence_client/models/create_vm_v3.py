from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.offer_constraints import OfferConstraints
    from ..models.vm_configuration import VmConfiguration


T = TypeVar("T", bound="CreateVmV3")


@_attrs_define
class CreateVmV3:
    """
    Attributes:
        instances (int):  Example: 2.
        vm_configuration (VmConfiguration):
        constraints (None | OfferConstraints | Unset):
    """

    instances: int
    vm_configuration: VmConfiguration
    constraints: None | OfferConstraints | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.offer_constraints import OfferConstraints  # noqa: PLC0415

        instances = self.instances

        vm_configuration = self.vm_configuration.to_dict()

        constraints: dict[str, Any] | None | Unset
        if isinstance(self.constraints, Unset):
            constraints = UNSET
        elif isinstance(self.constraints, OfferConstraints):
            constraints = self.constraints.to_dict()
        else:
            constraints = self.constraints

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "instances": instances,
                "vmConfiguration": vm_configuration,
            }
        )
        if constraints is not UNSET:
            field_dict["constraints"] = constraints

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.offer_constraints import OfferConstraints  # noqa: PLC0415
        from ..models.vm_configuration import VmConfiguration  # noqa: PLC0415

        d = dict(src_dict)
        instances = d.pop("instances")

        vm_configuration = VmConfiguration.from_dict(d.pop("vmConfiguration"))

        def _parse_constraints(data: object) -> None | OfferConstraints | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                constraints_type_0 = OfferConstraints.from_dict(data)

                return constraints_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OfferConstraints | Unset, data)

        constraints = _parse_constraints(d.pop("constraints", UNSET))

        create_vm_v3 = cls(
            instances=instances,
            vm_configuration=vm_configuration,
            constraints=constraints,
        )

        create_vm_v3.additional_properties = d
        return create_vm_v3

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
