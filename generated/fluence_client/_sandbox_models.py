"""Pydantic models of the spec (datamodel-code-generator). Generated: do not edit."""

from __future__ import annotations

from typing import Annotated
from pydantic import AnyUrl, AwareDatetime, BaseModel, ConfigDict, Field, RootModel
from enum import Enum
from uuid import UUID


class ErrorBody(BaseModel):
    error: Annotated[
        str,
        Field(
            description="What went wrong, in words.",
            examples=["Auth failed. No such API Key"],
        ),
    ]


class BasicConfiguration(RootModel[str]):
    root: Annotated[
        str,
        Field(
            description="Slug of a basic configuration, `cpu-{vcpus}-ram-{gb}gb-storage-{gb}gb`.",
            examples=["cpu-4-ram-8gb-storage-25gb"],
            pattern="^cpu-[0-9]+-ram-[0-9]+gb-storage-[0-9]+gb$",
        ),
    ]


class DecimalString(RootModel[str]):
    root: Annotated[
        str,
        Field(
            description="A USDC amount as a decimal string (up to 6 decimals).",
            examples=["0.30698"],
            pattern="^[0-9]+(\\.[0-9]{1,6})?$",
        ),
    ]


class ResourceType(Enum):
    VCPU = "VCPU"
    RAM = "RAM"
    STORAGE = "STORAGE"
    PUBLIC_IP = "PUBLIC_IP"
    NETWORK_BANDWIDTH = "NETWORK_BANDWIDTH"
    GPU = "GPU"


class StorageType(Enum):
    HDD = "HDD"
    SSD = "SSD"
    NVMe = "NVMe"


class SupplyUnits(Enum):
    GiB = "GiB"


class Protocol(Enum):
    tcp = "tcp"
    udp = "udp"
    sctp = "sctp"


class VmStatus(Enum):
    New = "New"
    Launching = "Launching"
    Active = "Active"
    SmallBalance = "SmallBalance"
    InsufficientFunds = "InsufficientFunds"
    Terminated = "Terminated"
    Stopped = "Stopped"


class VmId(RootModel[str]):
    root: Annotated[
        str,
        Field(
            description="VM identifier, a 20-byte hex address with 0x prefix (mixed-case checksum).",
            examples=["0x311edB209b61EaA8c3e67c6B96D03288DB5Bc020"],
            pattern="^0x[0-9a-fA-F]{40}$",
        ),
    ]


class ResourceMetadata(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )


class ResourceDetails(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )


class CpuHardware(BaseModel):
    manufacturer: Annotated[str, Field(examples=["AMD"])]
    architecture: Annotated[str, Field(examples=["Zen"])]


class MemoryHardware(BaseModel):
    type: Annotated[str, Field(examples=["DDR"])]
    generation: Annotated[str, Field(examples=["5"])]


class StorageHardware(BaseModel):
    type: StorageType


class AvailableHardware(BaseModel):
    cpu: list[CpuHardware]
    memory: list[MemoryHardware]
    storage: list[StorageHardware]


class HardwareConstraints(BaseModel):
    cpu: list[CpuHardware] | None = None
    memory: list[MemoryHardware] | None = None
    storage: list[StorageHardware] | None = None


class AdditionalStorage(BaseModel):
    supply: Annotated[
        int, Field(description="Extra storage wanted, in `units`.", examples=[20], ge=1)
    ]
    units: SupplyUnits
    type: StorageType


class AdditionalResources(BaseModel):
    storage: list[AdditionalStorage] | None = None


class Country(RootModel[str]):
    root: Annotated[str, Field(pattern="^[A-Z]{2}$")]


class DatacenterConstraint(BaseModel):
    countries: Annotated[
        list[Country],
        Field(
            description="ISO 3166-1 alpha-2 codes; an offer in any of them matches.",
            examples=[["US", "PL"]],
        ),
    ]


class OfferConstraints(BaseModel):
    basicConfiguration: BasicConfiguration | None = None
    additionalResources: AdditionalResources | None = None
    hardware: HardwareConstraints | None = None
    datacenter: DatacenterConstraint | None = None
    maxTotalPricePerEpochUsd: Annotated[
        DecimalString | None,
        Field(description="Highest price per VM per epoch, in USD."),
    ] = None


class ConfigurationPrice(BaseModel):
    slug: BasicConfiguration
    price: DecimalString


class Resource(BaseModel):
    type: ResourceType
    metadata: ResourceMetadata
    price: DecimalString


class AdditionalSupply(BaseModel):
    type: ResourceType
    metadata: ResourceMetadata
    price: DecimalString
    supply: Annotated[
        int, Field(description="Amount available, in `units`.", examples=[100], ge=0)
    ]
    units: SupplyUnits
    perVmLimit: Annotated[
        int | None,
        Field(
            description="Most of this resource a single VM may take; null when unlimited.",
            examples=[200],
            ge=0,
        ),
    ] = None


class Datacenter(BaseModel):
    countryCode: Annotated[
        str, Field(description="ISO 3166-1 alpha-2 country code.", examples=["FR"])
    ]
    cityCode: Annotated[
        str, Field(description="City part of the UN/LOCODE.", examples=["PAR"])
    ]
    cityIndex: Annotated[
        int,
        Field(
            description="Tells apart several datacenters in one city.",
            examples=[1],
            ge=0,
        ),
    ]
    tier: Annotated[int, Field(examples=[4], ge=1, le=4)]
    certifications: Annotated[
        list[str], Field(examples=[["PCI DSS", "ISO 9001:2015", "ISO/IEC 27001:2022"]])
    ]


class ServerOffering(BaseModel):
    availableBasicInstances: Annotated[int, Field(examples=[5], ge=0)]
    additionalResources: list[AdditionalSupply]


class MarketOffering(BaseModel):
    configuration: ConfigurationPrice
    resources: list[Resource]
    datacenter: Datacenter
    servers: list[ServerOffering]
    maxAdditionalSupply: list[AdditionalSupply]


class MarketplaceDatacenter(BaseModel):
    id: Annotated[UUID, Field(examples=["6f1c2a3e-9b7d-4e2f-8a51-0c4d3b2a1f90"])]
    slug: Annotated[str, Field(examples=["pl-poz-1"])]
    countryCode: Annotated[str, Field(examples=["PL"])]
    cityCode: Annotated[str, Field(examples=["POZ"])]
    cityName: Annotated[str | None, Field(examples=["Poznan"])] = None
    index: Annotated[int, Field(examples=[1], ge=0)]
    tier: Annotated[int, Field(examples=[4], ge=1, le=4)]
    certifications: Annotated[
        list[str], Field(examples=[["ISO 27001:2022", "SOC2", "PCI DSS"]])
    ]


class DatacenterList(BaseModel):
    items: list[MarketplaceDatacenter]


class OpenPort(BaseModel):
    port: Annotated[int, Field(examples=[443], ge=1, le=65535)]
    protocol: Protocol


class VmConfiguration(BaseModel):
    name: Annotated[
        str,
        Field(
            description="VM name; letters, digits and hyphens.",
            examples=["web-server"],
            pattern="^[A-Za-z0-9-]+$",
        ),
    ]
    openPorts: Annotated[
        list[OpenPort] | None,
        Field(
            description="Ports to open besides 22/tcp, which is always open at creation. Port 10250 is reserved."
        ),
    ] = None
    hostname: Annotated[
        str | None,
        Field(
            description="Hostname inside the VM; defaults to `name`.",
            examples=["web-server"],
        ),
    ] = None
    osImage: Annotated[
        AnyUrl,
        Field(
            description="Public download URL of the OS image (.qcow2, .img, .raw, .raw.xz, .raw.gz, .img.xz or .img.gz).",
            examples=[
                "https://cloud-images.ubuntu.com/releases/22.04/release/ubuntu-22.04-server-cloudimg-amd64.img"
            ],
        ),
    ]
    sshKeys: Annotated[
        list[str],
        Field(
            description="Public keys to authorize, as full key strings or names of registered keys.",
            examples=[
                [
                    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIKgJIjnDg1DjqOOxINs78oU3f7PJXIyq9uiNocNVhXNx user@example.com"
                ]
            ],
            min_length=1,
        ),
    ]


class CreateVmV3(BaseModel):
    constraints: OfferConstraints | None = None
    instances: Annotated[int, Field(examples=[2], ge=1)]
    vmConfiguration: VmConfiguration


class CreatedVm(BaseModel):
    vmId: VmId
    vmName: Annotated[str, Field(examples=["web-server"])]


class PortSpec(BaseModel):
    port: Annotated[int, Field(examples=[22], ge=1, le=65535)]
    protocol: Protocol


class VmResource(BaseModel):
    type: ResourceType
    supply: Annotated[int | None, Field(examples=[25], ge=0)] = None
    units: SupplyUnits | None = None
    quantity: Annotated[int | None, Field(examples=[2], ge=0)] = None
    details: ResourceDetails
    metadata: ResourceMetadata


class RunningInstanceV3(BaseModel):
    id: VmId
    vmName: Annotated[str | None, Field(examples=["web-server"])] = None
    status: VmStatus
    pricePerEpoch: DecimalString
    resources: list[VmResource]
    createdAt: Annotated[AwareDatetime, Field(examples=["2025-04-30T11:23:05Z"])]
    nextBillingAt: Annotated[AwareDatetime, Field(examples=["2025-04-30T17:55:00Z"])]
    statusChangedAt: Annotated[
        AwareDatetime | None, Field(examples=["2025-04-30T11:26:41Z"])
    ] = None
    osImage: Annotated[
        str | None,
        Field(
            examples=[
                "https://cloud-images.ubuntu.com/releases/22.04/release/ubuntu-22.04-server-cloudimg-amd64.img"
            ]
        ),
    ] = None
    datacenter: Datacenter | None = None
    publicIp: Annotated[
        str | None,
        Field(
            description="Public IPv4 address; null until the VM is Active.",
            examples=["154.42.3.159"],
        ),
    ] = None
    ports: list[PortSpec] | None = None
    reservedBalance: DecimalString
    totalSpent: DecimalString


class UpdateVm(BaseModel):
    id: VmId
    vmName: Annotated[
        str | None, Field(examples=["new-vm-name"], pattern="^[A-Za-z0-9-]+$")
    ] = None
    openPorts: Annotated[
        list[OpenPort] | None,
        Field(
            description="The complete new set of open ports (replaces the current set)."
        ),
    ] = None


class UpdateVms(BaseModel):
    updates: Annotated[list[UpdateVm], Field(min_length=1)]


class RemoveVms(BaseModel):
    vmIds: Annotated[list[VmId], Field(min_length=1)]


class VmsRemoved(BaseModel):
    removed_ids: list[VmId]
    transactions: Annotated[
        list[str],
        Field(
            description="Hashes of the on-chain transactions that ended the rentals."
        ),
    ]


class VmStatusInfoDTO(BaseModel):
    id: VmId
    status: VmStatus
    statusChangedAt: Annotated[AwareDatetime, Field(examples=["2025-04-30T11:26:41Z"])]
    publicIp: Annotated[str | None, Field(examples=["154.42.3.159"])] = None


class DefaultImageDTO(BaseModel):
    id: Annotated[
        str,
        Field(examples=["df6e9992f8694635a67baafadf5a1905"], pattern="^[0-9a-f]{32}$"),
    ]
    name: Annotated[str, Field(examples=["22.04 (LTS) x64"])]
    distribution: Annotated[str, Field(examples=["Ubuntu"])]
    slug: Annotated[str, Field(examples=["ubuntu-22-04-x64"])]
    downloadUrl: Annotated[
        AnyUrl,
        Field(
            examples=[
                "https://cloud-images.ubuntu.com/releases/22.04/release/ubuntu-22.04-server-cloudimg-amd64.img"
            ]
        ),
    ]
    username: Annotated[
        str, Field(description="Default login user of the image.", examples=["ubuntu"])
    ]
    createdAt: Annotated[AwareDatetime, Field(examples=["2025-05-06T14:29:39.382562Z"])]
    updatedAt: Annotated[AwareDatetime, Field(examples=["2025-05-06T14:29:39.382562Z"])]


class EstimateDepositRequestV3(BaseModel):
    constraints: OfferConstraints | None = None
    instances: Annotated[int, Field(examples=[3], ge=1)]


class EstimatedDepositV3DTO(BaseModel):
    depositAmountUsdc: Annotated[
        DecimalString,
        Field(description="totalPricePerEpoch multiplied by depositEpochs."),
    ]
    depositEpochs: Annotated[int, Field(examples=[2], ge=0)]
    totalPricePerEpoch: Annotated[
        DecimalString, Field(description="Price of all instances for one epoch.")
    ]
    maxPricePerEpoch: Annotated[
        DecimalString,
        Field(description="Highest price of a single instance for one epoch."),
    ]
    instances: Annotated[int, Field(examples=[10], ge=1)]


class SshKey(BaseModel):
    name: Annotated[str, Field(examples=["my-key"])]
    fingerprint: Annotated[
        str,
        Field(
            description="SHA-256 fingerprint; identifies the key for removal.",
            examples=["SHA256:sINcLA/hlKG0nDpE9n233xEnXAgSISxq0/nVWbbx5A4"],
        ),
    ]
    algorithm: Annotated[str, Field(examples=["ssh-ed25519"])]
    comment: Annotated[str | None, Field(examples=["user@example.com"])] = None
    publicKey: Annotated[
        str,
        Field(
            examples=[
                "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIKgJIjnDg1DjqOOxINs78oU3f7PJXIyq9uiNocNVhXNx user@example.com"
            ]
        ),
    ]
    active: Annotated[bool, Field(examples=[True])]
    createdAt: Annotated[
        str,
        Field(
            description="Time the key was added, in an extended-year ISO 8601 form (`+00YYYY-…`).",
            examples=["+002025-03-28T16:26:38.808750000Z"],
        ),
    ]


class AddedSshKey(BaseModel):
    name: Annotated[str, Field(examples=["my-key"])]
    fingerprint: Annotated[
        str, Field(examples=["SHA256:sINcLA/hlKG0nDpE9n233xEnXAgSISxq0/nVWbbx5A4"])
    ]
    algorithm: Annotated[str, Field(examples=["ssh-ed25519"])]
    comment: Annotated[str | None, Field(examples=["user@example.com"])] = None
    public_key: Annotated[
        str,
        Field(
            examples=[
                "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIKgJIjnDg1DjqOOxINs78oU3f7PJXIyq9uiNocNVhXNx user@example.com"
            ]
        ),
    ]
    active: Annotated[bool, Field(examples=[True])]
    createdAt: Annotated[
        str,
        Field(
            description="Time the key was added, in an extended-year ISO 8601 form (`+00YYYY-…`).",
            examples=["+002025-03-28T16:26:38.808750000Z"],
        ),
    ]


class AddSshKey(BaseModel):
    name: Annotated[str, Field(examples=["my-key"], min_length=1)]
    publicKey: Annotated[
        str,
        Field(
            description="The full public key line in OpenSSH format: algorithm (ssh-ed25519, ssh-rsa, ecdsa-sha2-...), the base64 key, an optional comment.",
            examples=[
                "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIKgJIjnDg1DjqOOxINs78oU3f7PJXIyq9uiNocNVhXNx user@example.com"
            ],
            min_length=1,
            pattern="^(ssh-[a-z0-9-]+|ecdsa-[a-z0-9-]+|sk-[a-z0-9@.-]+) [A-Za-z0-9+/]+={0,3}( .*)?$",
        ),
    ]


class RemoveSshKey(BaseModel):
    fingerprint: Annotated[
        str, Field(examples=["SHA256:sINcLA/hlKG0nDpE9n233xEnXAgSISxq0/nVWbbx5A4"])
    ]