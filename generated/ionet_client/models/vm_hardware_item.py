from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VmHardwareItem")


@_attrs_define
class VmHardwareItem:
    """One hardware offer for virtual machines.

    Attributes:
        deploy_id (int | str): Hardware identifier to pass to price and deploy calls. Example: 206.
        id (str): Unique id of this offer in the listing. Example: h100-8x-us-internal.
        name (str):  Example: H100 80GB HBM3.
        num_cards (int):  Example: 8.
        price (float): Price per hour, in USD. Example: 17.52.
        supplier (str): `internal` (io.net) or `external` (partner). Example: internal.
        interconnect (None | str | Unset):  Example: InfiniBand.
        location (None | str | Unset):  Example: United States.
        memory (int | None | Unset): Memory, in GB. Example: 1024.
        nvlink (bool | Unset):  Default: False. Example: True.
        storage (int | None | Unset):  Example: 2048000.
        vcpu (int | None | Unset):  Example: 96.
        vram_per_card (int | None | Unset):  Example: 80.
    """

    deploy_id: int | str
    id: str
    name: str
    num_cards: int
    price: float
    supplier: str
    interconnect: None | str | Unset = UNSET
    location: None | str | Unset = UNSET
    memory: int | None | Unset = UNSET
    nvlink: bool | Unset = False
    storage: int | None | Unset = UNSET
    vcpu: int | None | Unset = UNSET
    vram_per_card: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deploy_id: int | str
        deploy_id = self.deploy_id

        id = self.id

        name = self.name

        num_cards = self.num_cards

        price = self.price

        supplier = self.supplier

        interconnect: None | str | Unset
        if isinstance(self.interconnect, Unset):
            interconnect = UNSET
        else:
            interconnect = self.interconnect

        location: None | str | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        else:
            location = self.location

        memory: int | None | Unset
        if isinstance(self.memory, Unset):
            memory = UNSET
        else:
            memory = self.memory

        nvlink = self.nvlink

        storage: int | None | Unset
        if isinstance(self.storage, Unset):
            storage = UNSET
        else:
            storage = self.storage

        vcpu: int | None | Unset
        if isinstance(self.vcpu, Unset):
            vcpu = UNSET
        else:
            vcpu = self.vcpu

        vram_per_card: int | None | Unset
        if isinstance(self.vram_per_card, Unset):
            vram_per_card = UNSET
        else:
            vram_per_card = self.vram_per_card

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deploy_id": deploy_id,
                "id": id,
                "name": name,
                "num_cards": num_cards,
                "price": price,
                "supplier": supplier,
            }
        )
        if interconnect is not UNSET:
            field_dict["interconnect"] = interconnect
        if location is not UNSET:
            field_dict["location"] = location
        if memory is not UNSET:
            field_dict["memory"] = memory
        if nvlink is not UNSET:
            field_dict["nvlink"] = nvlink
        if storage is not UNSET:
            field_dict["storage"] = storage
        if vcpu is not UNSET:
            field_dict["vcpu"] = vcpu
        if vram_per_card is not UNSET:
            field_dict["vram_per_card"] = vram_per_card

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_deploy_id(data: object) -> int | str:
            return cast(int | str, data)

        deploy_id = _parse_deploy_id(d.pop("deploy_id"))

        id = d.pop("id")

        name = d.pop("name")

        num_cards = d.pop("num_cards")

        price = d.pop("price")

        supplier = d.pop("supplier")

        def _parse_interconnect(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        interconnect = _parse_interconnect(d.pop("interconnect", UNSET))

        def _parse_location(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        location = _parse_location(d.pop("location", UNSET))

        def _parse_memory(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        memory = _parse_memory(d.pop("memory", UNSET))

        nvlink = d.pop("nvlink", UNSET)

        def _parse_storage(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        storage = _parse_storage(d.pop("storage", UNSET))

        def _parse_vcpu(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        vcpu = _parse_vcpu(d.pop("vcpu", UNSET))

        def _parse_vram_per_card(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        vram_per_card = _parse_vram_per_card(d.pop("vram_per_card", UNSET))

        vm_hardware_item = cls(
            deploy_id=deploy_id,
            id=id,
            name=name,
            num_cards=num_cards,
            price=price,
            supplier=supplier,
            interconnect=interconnect,
            location=location,
            memory=memory,
            nvlink=nvlink,
            storage=storage,
            vcpu=vcpu,
            vram_per_card=vram_per_card,
        )

        vm_hardware_item.additional_properties = d
        return vm_hardware_item

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
