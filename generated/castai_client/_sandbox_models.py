"""Pydantic models of the spec (datamodel-code-generator). Generated: do not edit."""

from __future__ import annotations

from pydantic import AwareDatetime, Base64Str, BaseModel, ConfigDict, Field
from enum import Enum
from typing import Annotated, Any, Dict


class CastaiAuthtokenV1beta1AuthToken(BaseModel):
    active: bool | None = None
    createdAt: AwareDatetime | None = None
    createdBy: str | None = None
    expiresAt: AwareDatetime | None = None
    id: str | None = None
    lastUsedAt: AwareDatetime | None = None
    name: str
    organizationId: str | None = None
    readonly: bool
    token: str | None = None
    tokenPrefix: str | None = None


class CastaiAuthtokenV1beta1AuthTokenUpdate(BaseModel):
    active: bool | None = None


class CastaiAuthtokenV1beta1DeleteAuthTokenResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )


class CastaiAuthtokenV1beta1ListAuthTokensResponse(BaseModel):
    items: list[CastaiAuthtokenV1beta1AuthToken] | None = None


class CastaiEvictorV1EvictionSettingsSettingEnabled(BaseModel):
    enabled: bool


class CastaiEvictorV1LabelSelectorExpressionOperator(Enum):
    DoesNotExist = "DoesNotExist"
    Exists = "Exists"
    In = "In"
    Invalid = "Invalid"
    NotIn = "NotIn"


class CastaiInventoryV1beta1AWSAvailabilityZoneMapping(BaseModel):
    ZoneId: str | None = None
    ZoneName: str | None = None


class CastaiInventoryV1beta1AWSRecurringCharges(BaseModel):
    Amount: float | None = None
    Frequency: str | None = None


class CastaiInventoryV1beta1AWSReservedInstances(BaseModel):
    AvailabilityZone: str | None = None
    CurrencyCode: str | None = None
    Duration: str | None = None
    End: str | None = None
    FixedPrice: float | None = None
    InstanceCount: str | None = None
    InstanceTenancy: str | None = None
    InstanceType: str | None = None
    OfferingType: str | None = None
    ProductDescription: str | None = None
    RecurringCharges: list[CastaiInventoryV1beta1AWSRecurringCharges] | None = None
    ReservedInstancesId: str | None = None
    Scope: str | None = None
    Start: str | None = None
    State: str | None = None
    UsagePrice: float | None = None


class CastaiInventoryV1beta1AWSSavingsPlanCommitmentTermUnit(Enum):
    COMMITMENT_TERM_UNIT_ONE_YEAR = "COMMITMENT_TERM_UNIT_ONE_YEAR"
    COMMITMENT_TERM_UNIT_THREE_YEARS = "COMMITMENT_TERM_UNIT_THREE_YEARS"
    COMMITMENT_TERM_UNIT_UNSPECIFIED = "COMMITMENT_TERM_UNIT_UNSPECIFIED"


class CastaiInventoryV1beta1AWSSavingsPlanPaymentOption(Enum):
    ALL_UPFRONT = "ALL_UPFRONT"
    NO_UPFRONT = "NO_UPFRONT"
    PARTIAL_UPFRONT = "PARTIAL_UPFRONT"
    PAYMENT_OPTION_UNSPECIFIED = "PAYMENT_OPTION_UNSPECIFIED"


class CastaiInventoryV1beta1AttachableDisk(BaseModel):
    name: str | None = None


class CastaiInventoryV1beta1AttachableGPUDeviceManufacturer(Enum):
    AMD = "AMD"
    NVIDIA = "NVIDIA"
    UNKNOWN = "UNKNOWN"


class CastaiInventoryV1beta1AzureReservationImport(BaseModel):
    expirationDate: str | None = None
    instanceFlexibility: str | None = None
    name: str | None = None
    productName: str | None = None
    purchaseDate: str | None = None
    quantity: int | None = None
    region: str | None = None
    reservationId: str | None = None
    scope: str | None = None
    scopeResourceGroup: str | None = None
    scopeSubscription: str | None = None
    status: str | None = None
    term: str | None = None
    type: str | None = None


class CastaiInventoryV1beta1AzureReservationInstanceFlexibility(Enum):
    OFF = "OFF"
    ON = "ON"


class CastaiInventoryV1beta1AzureReservationReservationPlan(Enum):
    ONE_YEAR = "ONE_YEAR"
    THREE_YEAR = "THREE_YEAR"


class CastaiInventoryV1beta1AzureSavingsPlanContextAzureSavingsPlanScope(Enum):
    AZURE_SAVINGS_PLAN_SCOPE_UNSPECIFIED = "AZURE_SAVINGS_PLAN_SCOPE_UNSPECIFIED"
    MANAGEMENT_GROUP = "MANAGEMENT_GROUP"
    SHARED = "SHARED"
    SINGLE = "SINGLE"


class CastaiInventoryV1beta1AzureSavingsPlanContextAzureSavingsPlanTerm(Enum):
    AZURE_SAVINGS_PLAN_TERM_UNSPECIFIED = "AZURE_SAVINGS_PLAN_TERM_UNSPECIFIED"
    FIVE_YEARS = "FIVE_YEARS"
    ONE_YEAR = "ONE_YEAR"
    THREE_YEARS = "THREE_YEARS"


class CastaiInventoryV1beta1BlockStorageInfoAttachmentLimitType(Enum):
    ATTACHMENT_LIMIT_TYPE_DEDICATED = "ATTACHMENT_LIMIT_TYPE_DEDICATED"
    ATTACHMENT_LIMIT_TYPE_SHARED = "ATTACHMENT_LIMIT_TYPE_SHARED"
    ATTACHMENT_LIMIT_TYPE_UNKNOWN = "ATTACHMENT_LIMIT_TYPE_UNKNOWN"


class CastaiInventoryV1beta1BlockStorageInfoEbsOptimizedSupport(Enum):
    EBS_OPTIMIZED_SUPPORT_DEFAULT = "EBS_OPTIMIZED_SUPPORT_DEFAULT"
    EBS_OPTIMIZED_SUPPORT_SUPPORTED = "EBS_OPTIMIZED_SUPPORT_SUPPORTED"
    EBS_OPTIMIZED_SUPPORT_UNKNOWN = "EBS_OPTIMIZED_SUPPORT_UNKNOWN"
    EBS_OPTIMIZED_SUPPORT_UNSUPPORTED = "EBS_OPTIMIZED_SUPPORT_UNSUPPORTED"


class CastaiInventoryV1beta1CPUInfo(BaseModel):
    defaultCores: int | None = None
    sustainedClockSpeedMhz: int | None = None
    validThreadsPerCore: list[int] | None = None


class CastaiInventoryV1beta1CPUPlatform(BaseModel):
    allCoreTurboFrequency: float | None = None
    baseFrequency: float | None = None
    generation: str | None = None
    platform: str | None = None
    processorName: str | None = None
    singleCoreTurboFrequency: float | None = None


class CastaiInventoryV1beta1CommitmentAssignment(BaseModel):
    clusterId: str | None = None
    commitmentId: str | None = None
    id: str | None = None
    priority: int | None = None


class CastaiInventoryV1beta1CommitmentScalingStrategy(Enum):
    CPUBased = "CPUBased"
    Default = "Default"
    RamBased = "RamBased"


class CastaiInventoryV1beta1CommitmentState(Enum):
    STATE_ACTIVE = "STATE_ACTIVE"
    STATE_DELETED = "STATE_DELETED"
    STATE_EXPIRED = "STATE_EXPIRED"
    STATE_INACTIVE = "STATE_INACTIVE"
    STATE_PENDING = "STATE_PENDING"


class CastaiInventoryV1beta1CommitmentStatus(Enum):
    Active = "Active"
    Inactive = "Inactive"


class CastaiInventoryV1beta1DiscountPricingType(Enum):
    TYPE_FIXED = "TYPE_FIXED"
    TYPE_FLAT = "TYPE_FLAT"
    TYPE_PERCENTAGE = "TYPE_PERCENTAGE"
    TYPE_UNKNOWN = "TYPE_UNKNOWN"


class CastaiInventoryV1beta1EnaQueueInfo(BaseModel):
    defaultQueueCountPerInterface: int | None = None
    maximumQueueCount: int | None = None
    maximumQueueCountPerInterface: int | None = None


class CastaiInventoryV1beta1GCPFlexCUDCUDPlan(Enum):
    THIRTY_SIX_MONTH = "THIRTY_SIX_MONTH"
    TWELVE_MONTH = "TWELVE_MONTH"


class CastaiInventoryV1beta1GCPReservationAccelerator(BaseModel):
    acceleratorCount: str | None = None
    acceleratorType: str | None = None


class CastaiInventoryV1beta1GCPReservationLocalSsdInterface(Enum):
    GCP_RESERVATION_LOCAL_SSD_INTERFACE_NVME = (
        "GCP_RESERVATION_LOCAL_SSD_INTERFACE_NVME"
    )
    GCP_RESERVATION_LOCAL_SSD_INTERFACE_SCSI = (
        "GCP_RESERVATION_LOCAL_SSD_INTERFACE_SCSI"
    )
    GCP_RESERVATION_LOCAL_SSD_INTERFACE_UNSPECIFIED = (
        "GCP_RESERVATION_LOCAL_SSD_INTERFACE_UNSPECIFIED"
    )


class CastaiInventoryV1beta1GCPReservationShareType(Enum):
    GCP_RESERVATION_SHARE_TYPE_LOCAL = "GCP_RESERVATION_SHARE_TYPE_LOCAL"
    GCP_RESERVATION_SHARE_TYPE_ORGANIZATION = "GCP_RESERVATION_SHARE_TYPE_ORGANIZATION"
    GCP_RESERVATION_SHARE_TYPE_SPECIFIC_PROJECTS = (
        "GCP_RESERVATION_SHARE_TYPE_SPECIFIC_PROJECTS"
    )
    GCP_RESERVATION_SHARE_TYPE_UNSPECIFIED = "GCP_RESERVATION_SHARE_TYPE_UNSPECIFIED"


class CastaiInventoryV1beta1GCPResource(BaseModel):
    amount: str | None = None
    type: str | None = None


class CastaiInventoryV1beta1GCPResourceCUDCUDPlan(Enum):
    THIRTY_SIX_MONTH = "THIRTY_SIX_MONTH"
    TWELVE_MONTH = "TWELVE_MONTH"


class CastaiInventoryV1beta1GCPResourceCUDPrice(BaseModel):
    cpu: str | None = None
    memoryGb: str | None = None


class CastaiInventoryV1beta1GPUCountUnit(Enum):
    COUNT = "COUNT"
    GPU_COUNT_UNIT_UNSPECIFIED = "GPU_COUNT_UNIT_UNSPECIFIED"
    MILLI_COUNT = "MILLI_COUNT"


class CastaiInventoryV1beta1GPUDeviceManufacturer(Enum):
    AMD = "AMD"
    NVIDIA = "NVIDIA"
    UNKNOWN = "UNKNOWN"


class CastaiInventoryV1beta1GenericReservation(BaseModel):
    count: int | None = None
    deepLinkToReservation: str | None = None
    endDate: AwareDatetime | None = None
    expirationDate: AwareDatetime | None = None
    instanceType: str | None = None
    name: str | None = None
    price: str | None = None
    productName: str | None = None
    provider: str | None = None
    purchaseDate: AwareDatetime | None = None
    quantity: int | None = None
    region: str | None = None
    startDate: AwareDatetime | None = None
    type: str | None = None
    zoneId: str | None = None
    zoneName: str | None = None


class CastaiInventoryV1beta1GenericReservationsList(BaseModel):
    items: list[CastaiInventoryV1beta1GenericReservation] | None = None


class CastaiInventoryV1beta1GetAWSReservedInstancesImportCMDResponse(BaseModel):
    cmd: str | None = None


class CastaiInventoryV1beta1GetCommitmentAssignmentsResponse(BaseModel):
    assignments: list[CastaiInventoryV1beta1CommitmentAssignment] | None = None


class CastaiInventoryV1beta1GetCommitmentsAssignmentsResponse(BaseModel):
    commitmentsAssignments: list[CastaiInventoryV1beta1CommitmentAssignment] | None = (
        None
    )


class CastaiInventoryV1beta1GetGCPCommitmentsImportScriptResponse(BaseModel):
    script: str | None = None


class CastaiInventoryV1beta1InstanceFlexibilityInfo(BaseModel):
    flexibilityGroup: str | None = None


class CastaiInventoryV1beta1InstanceReliability(BaseModel):
    spotReclaimRateHigh: str | None = None
    spotReclaimRateLow: str | None = None


class CastaiInventoryV1beta1InstanceTypeAvailabilityType(Enum):
    PRIVATE = "PRIVATE"
    PUBLIC = "PUBLIC"
    UNKNOWN = "UNKNOWN"


class CastaiInventoryV1beta1InstanceTypeCPUManufacturer(Enum):
    AMD = "AMD"
    AMPERE = "AMPERE"
    APPLE = "APPLE"
    AWS = "AWS"
    GOOGLE = "GOOGLE"
    INTEL = "INTEL"
    UNKNOWN = "UNKNOWN"


class CastaiInventoryV1beta1InstanceTypeWithFamily(BaseModel):
    cloudServiceProvider: str | None = None
    family: str | None = None
    instanceType: str | None = None


class CastaiInventoryV1beta1InstanceZoneAttachableDisk(BaseModel):
    name: str | None = None


class CastaiInventoryV1beta1ListInstanceTypeNamesResponse(BaseModel):
    items: list[CastaiInventoryV1beta1InstanceTypeWithFamily] | None = None
    nextPageCursor: str | None = None


class CastaiInventoryV1beta1NetworkInfo(BaseModel):
    acceleratedNetworkingSupported: bool | None = None
    baseBandwidthMbps: int | None = None
    burstBandwidthMbps: int | None = None
    efaSupported: bool | None = None
    enaQueueInfo: CastaiInventoryV1beta1EnaQueueInfo | None = None
    encryptionInTransitSupported: bool | None = None
    ipv4AddressesPerInterface: int | None = None
    maximumNetworkInterfaces: int | None = None


class CastaiInventoryV1beta1NeuronInfo(BaseModel):
    deviceCount: int | None = None
    totalCores: int | None = None


class CastaiInventoryV1beta1NodeUsageAWSCapacityReservationType(Enum):
    CAPACITY_BLOCK = "CAPACITY_BLOCK"
    CAPACITY_RESERVATION_TYPE_UNSPECIFIED = "CAPACITY_RESERVATION_TYPE_UNSPECIFIED"
    ON_DEMAND_CAPACITY_RESERVATION = "ON_DEMAND_CAPACITY_RESERVATION"


class CastaiInventoryV1beta1NodeUsageGCPCapacityReservationType(Enum):
    CAPACITY_RESERVATION_TYPE_UNSPECIFIED = "CAPACITY_RESERVATION_TYPE_UNSPECIFIED"
    ON_DEMAND_CAPACITY_RESERVATION = "ON_DEMAND_CAPACITY_RESERVATION"


class CastaiInventoryV1beta1OrganizationUsageSummary(BaseModel):
    cpuUsed: float | None = None
    cpuUsedPercent: float | None = None
    memoryUsedMib: float | None = None
    memoryUsedMibPercent: float | None = None
    monetaryAmountUsedPerHour: float | None = None
    monetaryAmountUsedPerHourPercent: float | None = None
    organizationId: str | None = None


class CastaiInventoryV1beta1OtherOrganizationsUsage(BaseModel):
    cpuUsed: float | None = None
    cpuUsedPercent: float | None = None
    memoryUsedMib: float | None = None
    memoryUsedMibPercent: float | None = None
    monetaryAmountUsedPerHour: float | None = None
    monetaryAmountUsedPerHourPercent: float | None = None


class CastaiInventoryV1beta1RegionZone(BaseModel):
    createTime: AwareDatetime | None = None
    id: str | None = None
    name: str | None = None
    unavailabilityTime: AwareDatetime | None = None
    updateTime: AwareDatetime | None = None
    zoneId: str | None = None


class CastaiInventoryV1beta1ReplaceCommitmentAssignmentsResponse(BaseModel):
    assignments: list[CastaiInventoryV1beta1CommitmentAssignment] | None = None


class CastaiInventoryV1beta1ReservationDetails(BaseModel):
    count: int | None = None
    cpu: str | None = None
    createdAt: AwareDatetime | None = None
    endDate: AwareDatetime | None = None
    instanceType: str | None = None
    name: str | None = None
    price: str | None = None
    provider: str | None = None
    ramMib: str | None = None
    region: str | None = None
    reservationId: str | None = None
    startDate: AwareDatetime | None = None
    updatedAt: AwareDatetime | None = None
    zoneId: str | None = None
    zoneName: str | None = None


class CastaiInventoryV1beta1StorageDriver(Enum):
    invalid = "invalid"
    nvme = "nvme"
    sata = "sata"


class CastaiInventoryV1beta1StorageInfoDeviceType(Enum):
    hdd = "hdd"
    invalid = "invalid"
    ssd = "ssd"


class CastaiInventoryV1beta1StorageInfoEphemeralOSDisksInfoPlacement(Enum):
    CACHE_DISK = "CACHE_DISK"
    NVME_DISK = "NVME_DISK"
    PLACEMENT_UNSPECIFIED = "PLACEMENT_UNSPECIFIED"
    RESOURCE_DISK = "RESOURCE_DISK"


class CastaiInventoryV1beta1StorageInfoEphemeralOSDisksInfoPlacementInfo(BaseModel):
    maxSizeGib: int | None = None
    placement: CastaiInventoryV1beta1StorageInfoEphemeralOSDisksInfoPlacement | None = (
        None
    )


class CastaiInventoryV1beta1TPUDevice(BaseModel):
    chipCount: int | None = None
    coreCount: int | None = None
    generation: str | None = None
    id: str | None = None
    memoryMib: int | None = None
    name: str | None = None
    priceHourly: str | None = None


class CastaiInventoryV1beta1TPUInfo(BaseModel):
    tpuDevices: list[CastaiInventoryV1beta1TPUDevice] | None = None


class CastaiInventoryV1beta1UpdateCommitmentInput(BaseModel):
    allowedUsage: float | None = None
    autoAssignment: bool | None = None
    prioritization: bool | None = None
    scalingStrategy: CastaiInventoryV1beta1CommitmentScalingStrategy | None = None
    status: CastaiInventoryV1beta1CommitmentStatus | None = None


class CastaiInventoryV1beta1UpdateCommitmentRequest(BaseModel):
    commitment: CastaiInventoryV1beta1UpdateCommitmentInput | None = None
    commitmentId: str


class CastaiInventoryV1beta1Usage(BaseModel):
    cpuCommitted: float | None = None
    cpuUsed: float | None = None
    cpuUsedCast: float | None = None
    cpuUsedCastPercent: float | None = None
    cpuUsedOthers: float | None = None
    cpuUsedOthersPercent: float | None = None
    cpuUsedPercent: float | None = None
    memoryCommittedMib: float | None = None
    memoryUsedMib: float | None = None
    memoryUsedMibCast: float | None = None
    memoryUsedMibCastPercent: float | None = None
    memoryUsedMibOthers: float | None = None
    memoryUsedMibOthersPercent: float | None = None
    memoryUsedPercent: float | None = None
    monetaryAmountCommitted: float | None = None
    monetaryAmountUsed: float | None = None
    monetaryAmountUsedPerHourCast: float | None = None
    monetaryAmountUsedPerHourCastPercent: float | None = None
    monetaryAmountUsedPerHourOthers: float | None = None
    monetaryAmountUsedPerHourOthersPercent: float | None = None
    monetaryAmountUsedPercent: float | None = None
    organizationUsages: list[CastaiInventoryV1beta1OrganizationUsageSummary] | None = (
        None
    )
    otherOrgsUsage: CastaiInventoryV1beta1OtherOrganizationsUsage | None = None


class CastaiInventoryV1beta1UsageAtTime(BaseModel):
    usage: CastaiInventoryV1beta1Usage | None = None
    usageTime: AwareDatetime | None = None


class CastaiInventoryV1beta1UsageDistribution(BaseModel):
    cpu: float | None = None
    memory: float | None = None
    monetaryAmount: float | None = None


class CastaiInventoryV1beta1Zone(BaseModel):
    createTime: AwareDatetime | None = None
    id: str | None = None
    name: str | None = None
    region: str | None = None
    unavailabilityTime: AwareDatetime | None = None
    updateTime: AwareDatetime | None = None
    zoneId: str | None = None


class CastaiOperationsV1beta1OperationError(BaseModel):
    details: str | None = None
    reason: str | None = None


class CastaiPaginationV1beta1Page(BaseModel):
    cursor: str | None = None
    limit: str | None = None


class CastaiRbacV1beta1Author(BaseModel):
    email: str | None = None
    id: str | None = None


class CastaiRbacV1beta1ClusterScope(BaseModel):
    id: str


class CastaiRbacV1beta1DeleteGroupResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )


class CastaiRbacV1beta1DeleteRoleBindingResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )


class CastaiRbacV1beta1Effects(Enum):
    ALLOW = "ALLOW"
    DENY = "DENY"


class CastaiRbacV1beta1GroupSubject(BaseModel):
    id: str
    name: str | None = None


class CastaiRbacV1beta1Kind(Enum):
    SERVICE_ACCOUNT = "SERVICE_ACCOUNT"
    USER = "USER"


class CastaiRbacV1beta1LabelSelectorCondition(Enum):
    AND = "AND"
    OR = "OR"
    UNSPECIFIED = "UNSPECIFIED"


class CastaiRbacV1beta1LabelSelectorOperator(Enum):
    DOES_NOT_EXIST = "DOES_NOT_EXIST"
    EXISTS = "EXISTS"
    IN = "IN"
    NOT_IN = "NOT_IN"


class CastaiRbacV1beta1LabelSelectorRequirement(BaseModel):
    key: str
    operator: CastaiRbacV1beta1LabelSelectorOperator
    values: list[str] | None = None


class CastaiRbacV1beta1Member(BaseModel):
    addedAt: AwareDatetime | None = None
    email: str
    id: str
    kind: CastaiRbacV1beta1Kind
    lastLoginAt: AwareDatetime | None = None


class CastaiRbacV1beta1OrganizationScope(BaseModel):
    id: str


class CastaiRbacV1beta1Permissions(BaseModel):
    effect: CastaiRbacV1beta1Effects
    endpoints: list[str] | None = None
    groups: list[str] | None = None


class CastaiRbacV1beta1PoliciesState(Enum):
    ACCEPTED = "ACCEPTED"
    CREATED = "CREATED"
    FAILED = "FAILED"
    UNKNOWN = "UNKNOWN"


class CastaiRbacV1beta1PolicyID(BaseModel):
    id: str


class CastaiRbacV1beta1ProductType(Enum):
    PRODUCT_TYPE_BOTH = "PRODUCT_TYPE_BOTH"
    PRODUCT_TYPE_CAST = "PRODUCT_TYPE_CAST"
    PRODUCT_TYPE_KIMCHI = "PRODUCT_TYPE_KIMCHI"
    PRODUCT_TYPE_UNSPECIFIED = "PRODUCT_TYPE_UNSPECIFIED"


class CastaiRbacV1beta1ResourceScope(BaseModel):
    id: str


class CastaiRbacV1beta1RoleBindingStatus(BaseModel):
    message: str | None = None
    policies: list[CastaiRbacV1beta1PolicyID] | None = None
    state: CastaiRbacV1beta1PoliciesState
    updatedAt: AwareDatetime | None = None


class CastaiRbacV1beta1RoleDefinition(BaseModel):
    permissions: list[CastaiRbacV1beta1Permissions] | None = None


class CastaiRbacV1beta1Scope(BaseModel):
    cluster: CastaiRbacV1beta1ClusterScope | None = None
    organization: CastaiRbacV1beta1OrganizationScope | None = None
    resource: CastaiRbacV1beta1ResourceScope | None = None


class CastaiRbacV1beta1ScopeType(Enum):
    CLUSTER = "CLUSTER"
    ORGANIZATION = "ORGANIZATION"


class CastaiRbacV1beta1ServiceAccountSubject(BaseModel):
    id: str
    name: str | None = None


class CastaiRbacV1beta1UpdateGroupRequestGroupDefinition(BaseModel):
    members: list[CastaiRbacV1beta1Member]


class CastaiRbacV1beta1UserSubject(BaseModel):
    email: str | None = None
    id: str
    name: str | None = None


class CastaiServiceaccountsV1beta1CreateServiceAccountKeyRequestKey(BaseModel):
    active: bool | None = None
    expiresAt: AwareDatetime | None = None
    name: str


class CastaiServiceaccountsV1beta1CreateServiceAccountKeyResponse(BaseModel):
    active: bool | None = None
    createdAt: AwareDatetime | None = None
    expiresAt: AwareDatetime | None = None
    id: str | None = None
    name: str | None = None
    token: str | None = None


class CastaiServiceaccountsV1beta1CreateServiceAccountRequestServiceAccount(BaseModel):
    description: str | None = None
    name: str


class CastaiServiceaccountsV1beta1CreateServiceAccountResponseAuthor(BaseModel):
    email: str | None = None
    id: str | None = None


class CastaiServiceaccountsV1beta1DeleteServiceAccountKeyResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )


class CastaiServiceaccountsV1beta1DeleteServiceAccountResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )


class CastaiServiceaccountsV1beta1DeleteServiceAccountsResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )


class CastaiServiceaccountsV1beta1ServiceAccountAuthor(BaseModel):
    email: str | None = None
    id: str | None = None
    kind: str | None = None


class CastaiServiceaccountsV1beta1ServiceAccountKey(BaseModel):
    active: bool | None = None
    expiresAt: AwareDatetime | None = None
    id: str | None = None
    lastUsedAt: AwareDatetime | None = None
    name: str | None = None
    prefix: str | None = None


class CastaiServiceaccountsV1beta1UpdateServiceAccountKeyResponse(BaseModel):
    active: bool | None = None
    expiresAt: AwareDatetime | None = None
    id: str | None = None
    lastUsedAt: AwareDatetime | None = None
    name: str | None = None
    prefix: str | None = None


class CastaiServiceaccountsV1beta1UpdateServiceAccountRequestServiceAccount(BaseModel):
    description: str | None = None
    name: str


class CastaiSsoV1beta1AzureAAD(BaseModel):
    adDomain: str
    clientId: str
    clientSecret: str | None = None


class CastaiSsoV1beta1DeleteSSOConnectionResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )


class CastaiSsoV1beta1OIDCType(Enum):
    TYPE_BACK_CHANNEL = "TYPE_BACK_CHANNEL"
    TYPE_FRONT_CHANNEL = "TYPE_FRONT_CHANNEL"
    TYPE_UNKNOWN = "TYPE_UNKNOWN"


class CastaiSsoV1beta1Okta(BaseModel):
    clientId: str
    clientSecret: str | None = None
    oktaDomain: str


class CastaiSsoV1beta1SAML(BaseModel):
    callbackUrl: str | None = None
    entityId: str | None = None
    metadataUrl: str | None = None
    signInUrl: str
    x509Certificate: str


class CastaiSsoV1beta1SSOConnectionStatus(Enum):
    STATUS_ACTIVE = "STATUS_ACTIVE"
    STATUS_FAILED = "STATUS_FAILED"
    STATUS_INACTIVE = "STATUS_INACTIVE"
    STATUS_UNKNOWN = "STATUS_UNKNOWN"


class CastaiSsoV1beta1SetSyncForSSOConnectionResponse(BaseModel):
    emptyResponse: dict[str, Any] | None = None
    token: CastaiAuthtokenV1beta1AuthToken | None = None


class CastaiUsersV1beta1AddUserToOrganizationResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )


class CastaiUsersV1beta1CreateInvitationsResponse(BaseModel):
    invitationIds: list[str] | None = None


class CastaiUsersV1beta1CurrentUserProfileResponse(BaseModel):
    email: str | None = None
    emailHash: str | None = None
    fingerprint: str | None = None
    firstLogin: bool | None = None
    hasHubspotContact: bool | None = None
    id: str | None = None
    name: str | None = None
    readmeIoJwt: str | None = None
    username: str | None = None


class CastaiUsersV1beta1DeleteInvitationResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )


class CastaiUsersV1beta1DeleteOrganizationResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )


class CastaiUsersV1beta1GroupRef(BaseModel):
    id: str
    name: str


class CastaiUsersV1beta1InvitationRoleBindingScope(BaseModel):
    id: str | None = None
    type: CastaiRbacV1beta1ScopeType | None = None


class CastaiUsersV1beta1NewMembership(BaseModel):
    role: Any | None = None
    userId: str


class CastaiUsersV1beta1OrganizationMetadata(BaseModel):
    parentOrganizationId: str | None = None
    partnerTenantId: str | None = None


class CastaiUsersV1beta1OrganizationType(Enum):
    ORGANIZATION_TYPE_CHILD = "ORGANIZATION_TYPE_CHILD"
    ORGANIZATION_TYPE_DEFAULT = "ORGANIZATION_TYPE_DEFAULT"
    ORGANIZATION_TYPE_ENTERPRISE = "ORGANIZATION_TYPE_ENTERPRISE"


class CastaiUsersV1beta1RemoveOrganizationUsersResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )


class CastaiUsersV1beta1RemoveUserFromOrganizationResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )


class CastaiUsersV1beta1Request(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )


class CastaiUsersV1beta1User(BaseModel):
    authProvider: str | None = None
    email: str
    hasHubspotContact: bool | None = None
    id: str | None = None
    name: str
    oid: str | None = None
    referId: int | None = None
    referVisit: int | None = None
    scimActive: bool | None = None
    username: str


class CastaiUsersV1beta1UserOrganization(BaseModel):
    blockEscalatedPrivilege: bool | None = None
    childOrderId: int | None = None
    createdAt: AwareDatetime | None = None
    id: str | None = None
    internal: bool | None = None
    name: str
    organizationMember: bool | None = None
    parentId: str | None = None
    role: Any | None = None
    type: CastaiUsersV1beta1OrganizationType | None = None


class CastaiV1Cloud(Enum):
    AWS = "AWS"
    AZURE = "AZURE"
    aws = "aws"
    azure = "azure"
    GCP = "GCP"
    gcp = "gcp"
    INVALID = "INVALID"
    invalid = "invalid"
    UNKNOWN = "UNKNOWN"
    unknown = "unknown"


class CommitmentsAPIBatchDeleteCommitmentsRequest(BaseModel):
    commitmentIds: list[str]


class CommitmentsAPIBatchUpdateCommitmentsRequest(BaseModel):
    requests: list[CastaiInventoryV1beta1UpdateCommitmentRequest]


class CostreportV1beta1AllocationGroupFilterLabelValueOperator(Enum):
    DoesNotExist = "DoesNotExist"
    Equal = "Equal"
    Exists = "Exists"
    NotEqual = "NotEqual"


class CostreportV1beta1AllocationGroupVersionDetails(BaseModel):
    createdAt: AwareDatetime | None = None


class CostreportV1beta1CostImpact(BaseModel):
    onDemand: str
    spot: str
    spotFallback: str


class CostreportV1beta1DeleteAllocationGroupResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )


class CostreportV1beta1FilterOperator(Enum):
    AND = "AND"
    OR = "OR"


class CostreportV1beta1GetAllocationGroupCostSummariesResponseSummary(BaseModel):
    cpuCost: str | None = None
    cpuCount: str | None = None
    gpuCost: str | None = None
    gpuCount: str | None = None
    ramCost: str | None = None
    ramGib: str | None = None
    requestedCpuHours: str | None = None
    requestedGpuHours: str | None = None
    requestedRamGibHours: str | None = None
    requestedStorageGibHours: str | None = None
    requestedTpuHours: str | None = None
    totalCostOnDemand: str | None = None
    totalCostSpot: str | None = None
    totalCostSpotFallback: str | None = None
    tpuCost: str | None = None
    tpuCount: str | None = None
    workloadCount: str | None = None


class CostreportV1beta1GetAllocationGroupCostTimedSummariesResponseSummary(BaseModel):
    cpuCost: str | None = None
    cpuCount: str | None = None
    gpuCost: str | None = None
    gpuCount: str | None = None
    ramCost: str | None = None
    ramGib: str | None = None
    requestedCpuHours: str | None = None
    requestedGpuHours: str | None = None
    requestedRamGibHours: str | None = None
    requestedStorageGibHours: str | None = None
    requestedTpuHours: str | None = None
    timestamp: AwareDatetime | None = None
    totalCostOnDemand: str | None = None
    totalCostSpot: str | None = None
    totalCostSpotFallback: str | None = None
    tpuCost: str | None = None
    tpuCount: str | None = None
    workloadCount: str | None = None


class CostreportV1beta1GetAllocationGroupEfficiencySummaryResponseCostImpactHistoryItem(
    BaseModel
):
    costImpact: str | None = None
    timestamp: AwareDatetime | None = None


class CostreportV1beta1GetAllocationGroupEfficiencySummaryResponseTopItem(BaseModel):
    costImpactHistory: (
        list[
            CostreportV1beta1GetAllocationGroupEfficiencySummaryResponseCostImpactHistoryItem
        ]
        | None
    ) = None
    groupId: str | None = None
    groupName: str | None = None
    totalCostImpact: str | None = None
    versions: list[CostreportV1beta1AllocationGroupVersionDetails] | None = None


class CostreportV1beta1GetAllocationGroupTotalCostTimedResponseCostItem(BaseModel):
    timestamp: AwareDatetime | None = None
    totalCost: str | None = None


class CostreportV1beta1GetAllocationGroupTotalCostTimedResponseGroupItem(BaseModel):
    groupId: str | None = None
    groupName: str | None = None
    items: (
        list[CostreportV1beta1GetAllocationGroupTotalCostTimedResponseCostItem] | None
    ) = None
    versions: list[CostreportV1beta1AllocationGroupVersionDetails] | None = None


class CostreportV1beta1GetAllocationGroupWorkloadCostsResponseWorkloadItem(BaseModel):
    clusterId: str | None = None
    cpuCost: str | None = None
    cpuCount: str | None = None
    gpuCost: str | None = None
    gpuCount: str | None = None
    namespace: str | None = None
    podCount: str | None = None
    ramCost: str | None = None
    ramGib: str | None = None
    totalCostOnDemand: str | None = None
    totalCostSpot: str | None = None
    totalCostSpotFallback: str | None = None
    totalPodCount: str | None = None
    tpuCost: str | None = None
    tpuCount: str | None = None
    workloadName: str | None = None
    workloadType: str | None = None


class CostreportV1beta1GetCostAllocationGroupDataTransferSummaryResponseDataTransferCostItem(
    BaseModel
):
    cloudApiBytes: str | None = None
    cloudApiCost: str | None = None
    interRegionBytes: str | None = None
    interRegionCost: str | None = None
    interZoneBytes: str | None = None
    interZoneCost: str | None = None
    internetBytes: str | None = None
    internetCost: str | None = None
    intraZoneBytes: str | None = None
    intraZoneCost: str | None = None


class CostreportV1beta1GetCostAllocationGroupDataTransferWorkloadsResponseWorkloadDataTransferCostItem(
    BaseModel
):
    cloudApiBytes: str | None = None
    cloudApiCost: str | None = None
    interRegionBytes: str | None = None
    interRegionCost: str | None = None
    interZoneBytes: str | None = None
    interZoneCost: str | None = None
    internetBytes: str | None = None
    internetCost: str | None = None
    intraZoneBytes: str | None = None
    intraZoneCost: str | None = None


class CostreportV1beta1GetCostAllocationGroupDataTransferWorkloadsResponseWorkloadItem(
    BaseModel
):
    egressMetrics: (
        CostreportV1beta1GetCostAllocationGroupDataTransferWorkloadsResponseWorkloadDataTransferCostItem
        | None
    ) = None
    ingressMetrics: (
        CostreportV1beta1GetCostAllocationGroupDataTransferWorkloadsResponseWorkloadDataTransferCostItem
        | None
    ) = None
    namespace: str | None = None
    podCount: str | None = None
    workloadName: str | None = None
    workloadType: str | None = None


class CostreportV1beta1NoDataReason(Enum):
    AgentOutdated = "AgentOutdated"
    NoMetricsServer = "NoMetricsServer"
    Unknown = "Unknown"


class CostreportV1beta1Resources(BaseModel):
    cpu: str
    memoryGib: str


class DboV1Account(BaseModel):
    csp: CastaiV1Cloud
    id: str
    roleId: str


class DboV1CacheGroupProtocolType(Enum):
    MySQL = "MySQL"
    PostgreSQL = "PostgreSQL"
    Unspecified = "Unspecified"


class DboV1CacheGroupStatusConditions(BaseModel):
    chartUpToDate: bool | None = None
    connectionIssue: bool | None = None
    descriptions: list[str] | None = None
    poolingEnabled: bool | None = None
    pullTimeout: bool | None = None
    redeploymentNeeded: bool | None = None
    usingLatestConfiguration: bool | None = None


class DboV1CacheInsightsItem(BaseModel):
    maxMissExecutionTime: float
    maxTtl: float
    minMissExecutionTime: float
    minTtl: float
    p50MissExecutionTime: float
    p95MissExecutionTime: float
    p99MissExecutionTime: float
    timestamp: AwareDatetime
    uniqueQueries: str
    uniqueResults: str


class DboV1CacheInsightsSummary(BaseModel):
    maxTtl: float
    minTtl: float
    p50MissExecutionTime: float
    p95MissExecutionTime: float
    p99MissExecutionTime: float
    uniqueQueries: str
    uniqueResults: str


class DboV1CacheMetrics(BaseModel):
    averageExecutionTime: float
    averageHitExecutionTime: float
    averageMissExecutionTime: float
    cacheHitRate: float
    cacheHits: str
    cacheMisses: str
    cacheableQueries: str
    dqlQueries: str
    enabledCaches: int
    optimalCacheHits: str
    optimalHitRate: float
    optimalTimeSavedPercent: float
    projectedCacheHits: str
    projectedHitRate: float
    projectedTimeSavedPercent: float
    timeSaved: str | None = None
    timeSavedPercent: float
    totalCaches: int
    totalQueries: str
    totalTime: str


class DboV1CachePerformanceTimeseriesCachePerformance(BaseModel):
    cacheHits: str
    id: str
    projectedCacheHits: str


class DboV1CacheStatus(Enum):
    Active = "Active"
    Error = "Error"
    Pending = "Pending"
    Ready = "Ready"
    Undeployed = "Undeployed"


class DboV1CreateCacheDiagnosticUploadURLResponse(BaseModel):
    uploadUrl: str


class DboV1CreateRegistrationStatusUpdateResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )


class DboV1DatabaseClusterType(Enum):
    Aurora = "Aurora"
    Unknown = "Unknown"


class DboV1DatabaseInstanceLogicalDatabaseMetrics(BaseModel):
    cacheableQueries: str | None = None
    databaseLoad: float
    predictedCacheHits: str | None = None
    readsCount: str
    realCacheHits: str | None = None
    totalQueriesCount: str
    writesCount: str


class DboV1DatabaseMetrics(BaseModel):
    databaseLoad: float
    predictedCacheEfficiency: float | None = None
    realCacheEfficiency: float | None = None
    totalQueries: str
    totalReadQueries: str


class DboV1DatabaseType(Enum):
    AuroraPostgreSQL = "AuroraPostgreSQL"
    MariaDB = "MariaDB"
    MongoDB = "MongoDB"
    MySQL = "MySQL"
    PostgreSQL = "PostgreSQL"


class DboV1DeleteAccountParams(BaseModel):
    accountId: str


class DboV1DeleteCacheConfigurationResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )


class DboV1DeleteCacheGroupResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )


class DboV1DeleteCacheTTLResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )


class DboV1DeployCacheParams(BaseModel):
    cacheGroupId: str
    helmChartValues: str | None = None
    manualExecuteCommand: str | None = None
    poolingEnabled: bool | None = None
    protocolType: DboV1CacheGroupProtocolType | None = None


class DboV1DeployDBAgentParams(BaseModel):
    cacheGroupId: str
    helmChartValues: str | None = None
    manualExecuteCommand: str | None = None


class DboV1DeployDBOParams(BaseModel):
    databaseInstanceId: str
    dbAgentEnabled: bool | None = None
    dbOptimizerEnabled: bool | None = None
    dbProxyEnabled: bool | None = None
    helmChartValues: str | None = None
    manualExecuteCommand: str | None = None
    poolingEnabled: bool | None = None


class DboV1Endpoint(BaseModel):
    connectionString: str | None = None
    hostname: str
    port: int
    suffix: str | None = None


class DboV1EventType(Enum):
    DIRECT_MODE_DISABLED = "DIRECT_MODE_DISABLED"
    DIRECT_MODE_ENABLED = "DIRECT_MODE_ENABLED"
    EVENT_TYPE_UNSPECIFIED = "EVENT_TYPE_UNSPECIFIED"


class DboV1GetCacheGroupMetricsFilterOptionsResponse(BaseModel):
    users: list[str] | None = None


class DboV1GetCacheGroupPerformanceSummaryResponse(BaseModel):
    metrics: DboV1CacheMetrics | None = None


class DboV1GetCacheQueryInsightsResponse(BaseModel):
    items: list[DboV1CacheInsightsItem] | None = None
    summary: DboV1CacheInsightsSummary | None = None


class DboV1GetCacheQueryTemplateResponse(BaseModel):
    template: str | None = None


class DboV1GetCacheSummaryResponse(BaseModel):
    summary: DboV1CacheMetrics | None = None


class DboV1InstanceMetrics(BaseModel):
    activeMemory: float
    activeSessions: float
    cpuUtilization: float
    freeMemory: float
    iopsReads: float
    iopsWrites: float
    timestamp: AwareDatetime


class DboV1OperationalMetricsSummaryCacheConfigurationMetrics(BaseModel):
    databaseIdleConnections: float
    databaseName: str
    databaseTotalConnections: float
    dboIdleConnections: float
    dboTotalConnections: float
    id: str


class DboV1OperationalMetricsTimeseries(BaseModel):
    databaseIdleConnections: float
    databaseTotalConnections: float
    dboIdleConnections: float
    dboTotalConnections: float
    timestamp: AwareDatetime


class DboV1OrganizationSummary(BaseModel):
    cacheHits: str | None = None
    cacheableQueries: str
    currentCost: str
    dqlQueries: str
    enabledCachedCount: int
    estimatedCost: str
    potentialSavings: str
    timeSaved: str | None = None
    totalDatabaseCount: int
    totalQueries: str


class DboV1PhaseOneParams(BaseModel):
    csp: CastaiV1Cloud


class DboV1ProxyStateCacheDeployment(BaseModel):
    chartVersion: str
    endpoints: list[DboV1Endpoint] | None = None
    namespace: str
    poolingEnabled: bool | None = None
    proxyImage: str
    queryProcessorImage: str
    serviceName: str


class DboV1ProxyStateDatabaseConnectionStatus(Enum):
    ConnectionFailure = "ConnectionFailure"
    DNSFailure = "DNSFailure"
    Success = "Success"
    Unknown = "Unknown"


class DboV1RDSInstanceDetails(BaseModel):
    cpu: int
    instancePrice: str
    instanceType: str
    memoryMib: int


class DboV1RegistrationStatus(Enum):
    Failure = "Failure"
    InProgress = "InProgress"
    Success = "Success"
    Unknown = "Unknown"


class DboV1RegistrationStatusUpdate(BaseModel):
    message: str | None = None
    metadata: dict[str, str] | None = None
    status: DboV1RegistrationStatus


class DboV1RegistrationType(Enum):
    DeleteAccount = "DeleteAccount"
    DeployCache = "DeployCache"
    DeployDBAgent = "DeployDBAgent"
    DeployDBO = "DeployDBO"
    PhaseOneOnboarding = "PhaseOneOnboarding"
    UninstallCache = "UninstallCache"
    UninstallDBAgent = "UninstallDBAgent"


class DboV1RuleType(Enum):
    Query = "Query"
    Table = "Table"


class DboV1TTLMode(Enum):
    Auto = "Auto"
    DontCache = "DontCache"
    Manual = "Manual"


class DboV1TrafficInsightsType(Enum):
    ListenNotify = "ListenNotify"
    PoolingIncompatibleFunctions = "PoolingIncompatibleFunctions"
    SessionLocks = "SessionLocks"
    SimpleProtocolPrepares = "SimpleProtocolPrepares"
    Undefined = "Undefined"


class DboV1UninstallCacheParams(BaseModel):
    cacheGroupId: str
    roxy: bool | None = None


class DboV1UninstallDBAgentParams(BaseModel):
    cacheGroupId: str


class FieldViolation(BaseModel):
    field: str | None = None
    description: str | None = None


class ErrorResponse(BaseModel):
    message: str
    fieldViolations: list[FieldViolation] | None = None


class ExternalclusterV1AWSNodeConfigCapacityReservationType(Enum):
    CAPACITY_BLOCK = "CAPACITY_BLOCK"
    CAPACITY_RESERVATION_TYPE_UNSPECIFIED = "CAPACITY_RESERVATION_TYPE_UNSPECIFIED"
    INTERRUPTIBLE_ODCR = "INTERRUPTIBLE_ODCR"
    ODCR = "ODCR"


class ExternalclusterV1AddNodeBatchResponse(BaseModel):
    nodeBatchId: str | None = None
    operationId: str | None = None


class ExternalclusterV1AddNodeResponse(BaseModel):
    nodeId: str
    operationId: str


class ExternalclusterV1AnywhereClusterParams(BaseModel):
    clusterName: str | None = None
    kubeSystemNamespaceId: str


class ExternalclusterV1CloudEvent(BaseModel):
    eventType: str | None = None
    nodeId: str | None = None
    nodeState: str | None = None
    providerId: str | None = None


class ExternalclusterV1ClusterCastwareInstallMethod(Enum):
    CASTWARE_INSTALL_METHOD_UNSPECIFIED = "CASTWARE_INSTALL_METHOD_UNSPECIFIED"
    OPERATOR = "OPERATOR"


class ExternalclusterV1ClusterReconcileInfoReconcileMode(Enum):
    disabled = "disabled"
    enabled = "enabled"
    paused = "paused"
    unspecified = "unspecified"


class ExternalclusterV1ClusterReconcileInfoReconcileStatus(Enum):
    failed = "failed"
    ok = "ok"
    unknown = "unknown"
    warning = "warning"


class ExternalclusterV1ComputeCapacity(BaseModel):
    instances: int | None = None


class ExternalclusterV1CreateAssumeRolePrincipalResponse(BaseModel):
    arn: str | None = None


class ExternalclusterV1CreateClusterTokenResponse(BaseModel):
    token: str | None = None


class ExternalclusterV1DeleteAssumeRolePrincipalResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )


class ExternalclusterV1DeleteNodeResponse(BaseModel):
    operationId: str | None = None


class ExternalclusterV1DisableGCPSAResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )


class ExternalclusterV1DisableGKESAResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )


class ExternalclusterV1DisconnectConfig(BaseModel):
    deleteProvisionedNodes: bool | None = None
    keepKubernetesResources: bool | None = None


class ExternalclusterV1DrainConfig(BaseModel):
    force: bool | None = None
    timeoutSeconds: int | None = None


class ExternalclusterV1DrainNodeResponse(BaseModel):
    operationId: str


class ExternalclusterV1EKSClusterParams(BaseModel):
    accountId: str | None = None
    assumeRoleArn: str | None = None
    clusterName: str | None = None
    dnsClusterIp: str | None = None
    instanceProfileArn: str | None = None
    region: str | None = None
    securityGroups: list[str] | None = None
    subnets: list[str] | None = None
    tags: dict[str, str] | None = None


class ExternalclusterV1EKSNodeBatchConfig(BaseModel):
    fleetContextId: str | None = None


class ExternalclusterV1EdgeConfig(BaseModel):
    configurationId: str | None = None
    locationId: str | None = None


class ExternalclusterV1GCPCreateSARequestAKSClusterParams(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )


class ExternalclusterV1GCPCreateSAResponse(BaseModel):
    serviceAccountEmail: str | None = None
    serviceAccountId: str | None = None


class ExternalclusterV1GCPNodeConfigReservationAffinity(BaseModel):
    consumeReservationType: str | None = None
    key: str | None = None
    values: list[str] | None = None


class ExternalclusterV1GKEClusterParams(BaseModel):
    castServiceAccount: str | None = None
    clientServiceAccount: str | None = None
    clusterName: str | None = None
    location: str | None = None
    maxPodsPerNode: int | None = None
    projectId: str | None = None
    region: str | None = None


class ExternalclusterV1GKECreateSAResponse(BaseModel):
    serviceAccount: str | None = None


class ExternalclusterV1GPUDevice(BaseModel):
    count: int | None = None
    manufacturer: str | None = None
    memoryMib: int | None = None


class ExternalclusterV1GPUInfo(BaseModel):
    gpuDevices: list[ExternalclusterV1GPUDevice] | None = None


class ExternalclusterV1GPUTimeSharing(BaseModel):
    replicas: int | None = None


class ExternalclusterV1GetAssumeRolePrincipalResponse(BaseModel):
    arn: str | None = None


class ExternalclusterV1GetAssumeRoleUserResponse(BaseModel):
    arn: str | None = None


class ExternalclusterV1GetCleanupScriptResponse(BaseModel):
    script: str | None = None


class ExternalclusterV1GetConnectAndEnableCASTAICmdResponse(BaseModel):
    script: str | None = None


class ExternalclusterV1GetCredentialsScriptResponse(BaseModel):
    script: str | None = None


class ExternalclusterV1GetNodeBatchResponseBatchOperationStatus(Enum):
    BATCH_OPERATION_STATUS_UNSPECIFIED = "BATCH_OPERATION_STATUS_UNSPECIFIED"
    FAILED = "FAILED"
    IN_PROGRESS = "IN_PROGRESS"
    PARTIAL = "PARTIAL"
    PENDING = "PENDING"
    SUCCESS = "SUCCESS"


class ExternalclusterV1GetNodeBatchResponseNodeStatus(Enum):
    CREATED = "CREATED"
    JOINED = "JOINED"
    JOIN_FAILED = "JOIN_FAILED"
    NODE_STATUS_UNSPECIFIED = "NODE_STATUS_UNSPECIFIED"


class ExternalclusterV1GetNodeBatchResponseOperationError(BaseModel):
    code: str | None = None
    message: str | None = None


class ExternalclusterV1HandleCloudEventResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )


class ExternalclusterV1HttpProxyConfig(BaseModel):
    httpProxy: str | None = None
    httpsProxy: str | None = None
    noProxy: list[str] | None = None


class ExternalclusterV1ImpersonationServiceAccountRequest(BaseModel):
    provider: str | None = None


class ExternalclusterV1ImpersonationServiceAccountResponse(BaseModel):
    email: str | None = None
    id: str | None = None


class ExternalclusterV1IngestInstanceLogsResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )


class ExternalclusterV1KOPSClusterParams(BaseModel):
    cloud: str | None = None
    clusterName: str | None = None
    region: str | None = None
    stateStore: str | None = None


class ExternalclusterV1KentEligibility(Enum):
    ELIGIBLE = "ELIGIBLE"
    NOT_SUPPORTED = "NOT_SUPPORTED"


class ExternalclusterV1LogEvent(BaseModel):
    fields: dict[str, str] | None = None
    level: str | None = None
    message: str | None = None
    time: AwareDatetime | None = None


class ExternalclusterV1MIGConfig(BaseModel):
    gpuMemoryGb: int | None = None
    partitionSizes: list[str] | None = None


class ExternalclusterV1MPS(BaseModel):
    replicas: int | None = None


class ExternalclusterV1NodeBatchOption(BaseModel):
    capacityPerNode: ExternalclusterV1ComputeCapacity | None = None
    instanceType: str | None = None
    subnetId: str | None = None
    zone: str | None = None


class ExternalclusterV1NodeInfo(BaseModel):
    architecture: str | None = None
    containerRuntimeVersion: str | None = None
    kernelVersion: str | None = None
    kubeProxyVersion: str | None = None
    kubeletVersion: str | None = None
    operatingSystem: str | None = None
    osImage: str | None = None


class ExternalclusterV1NodeListFilter(BaseModel):
    name: str | None = None
    type: str | None = None
    values: list[str] | None = None


class ExternalclusterV1NodeLogs(BaseModel):
    logEvents: list[ExternalclusterV1LogEvent] | None = None


class ExternalclusterV1NodeNetwork(BaseModel):
    privateIp: str | None = None
    publicIp: str | None = None


class ExternalclusterV1NodeSpotConfig(BaseModel):
    isSpot: bool | None = None
    price: str | None = None


class ExternalclusterV1NodeState(BaseModel):
    phase: str | None = None


class ExternalclusterV1NodeType(Enum):
    master = "master"
    NODE_TYPE_INVALID = "NODE_TYPE_INVALID"
    NODE_TYPE_MASTER = "NODE_TYPE_MASTER"
    NODE_TYPE_WORKER = "NODE_TYPE_WORKER"
    worker = "worker"


class ExternalclusterV1OKEClusterParams(BaseModel):
    clusterName: str | None = None
    region: str | None = None


class ExternalclusterV1OmniAttribute(BaseModel):
    enabled: bool | None = None


class ExternalclusterV1OpenshiftClusterParams(BaseModel):
    cloud: str | None = None
    clusterName: str | None = None
    internalId: str | None = None
    region: str | None = None


class ExternalclusterV1OperationMode(Enum):
    OPERATION_MODE_DEFAULT = "OPERATION_MODE_DEFAULT"
    OPERATION_MODE_DRY_RUN = "OPERATION_MODE_DRY_RUN"
    OPERATION_MODE_UNSPECIFIED = "OPERATION_MODE_UNSPECIFIED"


class ExternalclusterV1RaidConfig(BaseModel):
    chunkSize: int | None = None


class ExternalclusterV1ReconcileClusterResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )


class ExternalclusterV1Region(BaseModel):
    displayName: str | None = None
    name: str | None = None


class ExternalclusterV1Resources(BaseModel):
    bandwidthCapacityMbps: int | None = None
    cpuAllocatableMilli: int | None = None
    cpuCapacityMilli: int | None = None
    cpuRequestsMilli: int | None = None
    memAllocatableMib: int | None = None
    memCapacityMib: int | None = None
    memRequestsMib: int | None = None


class ExternalclusterV1SelfHostedWithEC2NodesParams(BaseModel):
    accountId: str | None = None
    assumeRoleArn: str | None = None
    clusterName: str | None = None
    region: str | None = None


class ExternalclusterV1Subnet(BaseModel):
    cidr: str | None = None
    id: str | None = None
    name: str | None = None
    public: bool | None = None
    zoneName: str | None = None


class ExternalclusterV1Taint(BaseModel):
    effect: str
    key: str
    value: str


class ExternalclusterV1TriggerHibernateClusterResponse(BaseModel):
    clusterId: str
    mode: ExternalclusterV1OperationMode
    operationId: str


class ExternalclusterV1TriggerResumeClusterResponse(BaseModel):
    clusterId: str
    mode: ExternalclusterV1OperationMode
    operationId: str


class ExternalclusterV1UpdateAKSClusterParams(BaseModel):
    httpProxyConfig: ExternalclusterV1HttpProxyConfig | None = None


class ExternalclusterV1UpdateClusterTagsResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )


class ExternalclusterV1UpdateEKSClusterParams(BaseModel):
    assumeRoleArn: str | None = None


class ExternalclusterV1UpdateGKEClusterParams(BaseModel):
    gkeSaImpersonate: str | None = None
    projectId: str | None = None


class ExternalclusterV1UpdateSelfHostedWithEC2NodesParams(BaseModel):
    assumeRoleArn: str | None = None
    instanceProfileArn: str | None = None


class ExternalclusterV1Zone(BaseModel):
    id: str | None = None
    name: str | None = None


class GoogleProtobufAny(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    __annotations__ = {
        "__pydantic_extra__": Dict[str, dict[str, Any]],
    }
    field_type: Annotated[str | None, Field(alias="@type")] = None


class K8sSelectorV1Operator(Enum):
    DoesNotExist = "DoesNotExist"
    doesNotExist = "doesNotExist"
    Exists = "Exists"
    exists = "exists"
    Gt = "Gt"
    gt = "gt"
    IN = "IN"
    in_ = "in"
    Lt = "Lt"
    lt = "lt"
    NotIn = "NotIn"
    notIn = "notIn"


class KeyIsTheServiceAccountKeyToUpdate(BaseModel):
    active: bool


class NodeconfigV1AKSConfigAcceleratedNetworkingMode(Enum):
    ACCELERATED_NETWORKING_MODE_DISABLED = "ACCELERATED_NETWORKING_MODE_DISABLED"
    ACCELERATED_NETWORKING_MODE_UNSPECIFIED = "ACCELERATED_NETWORKING_MODE_UNSPECIFIED"


class NodeconfigV1AKSConfigImageFamily(Enum):
    FAMILY_AZURE_LINUX = "FAMILY_AZURE_LINUX"
    FAMILY_UBUNTU = "FAMILY_UBUNTU"
    FAMILY_UBUNTU_2204 = "FAMILY_UBUNTU_2204"
    FAMILY_UBUNTU_2404 = "FAMILY_UBUNTU_2404"
    FAMILY_UNSPECIFIED = "FAMILY_UNSPECIFIED"
    FAMILY_WINDOWS_2019 = "FAMILY_WINDOWS_2019"
    FAMILY_WINDOWS_2022 = "FAMILY_WINDOWS_2022"
    FAMILY_WINDOWS_2025 = "FAMILY_WINDOWS_2025"
    family_azure_linux = "family_azure_linux"
    family_ubuntu = "family_ubuntu"
    family_ubuntu_2204 = "family_ubuntu_2204"
    family_ubuntu_2404 = "family_ubuntu_2404"
    family_windows_2019 = "family_windows_2019"
    family_windows_2022 = "family_windows_2022"
    family_windows_2025 = "family_windows_2025"


class NodeconfigV1AKSConfigLoadBalancersIPBasedBackendPool(BaseModel):
    name: str | None = None


class NodeconfigV1AKSConfigLoadBalancersNICBasedBackendPool(BaseModel):
    name: str | None = None


class NodeconfigV1AKSConfigOsDiskEphemeralCacheType(Enum):
    READ_ONLY = "READ_ONLY"
    READ_WRITE = "READ_WRITE"
    UNSPECIFIED = "UNSPECIFIED"


class NodeconfigV1AKSConfigOsDiskEphemeralPlacement(Enum):
    PLACEMENT_CACHE_DISK = "PLACEMENT_CACHE_DISK"
    PLACEMENT_NVME_DISK = "PLACEMENT_NVME_DISK"
    PLACEMENT_RESOURCE_DISK = "PLACEMENT_RESOURCE_DISK"
    PLACEMENT_UNSPECIFIED = "PLACEMENT_UNSPECIFIED"


class NodeconfigV1AKSConfigOsDiskType(Enum):
    OS_DISK_TYPE_PREMIUM_SSD = "OS_DISK_TYPE_PREMIUM_SSD"
    OS_DISK_TYPE_STANDARD = "OS_DISK_TYPE_STANDARD"
    OS_DISK_TYPE_STANDARD_SSD = "OS_DISK_TYPE_STANDARD_SSD"
    OS_DISK_TYPE_UNSPECIFIED = "OS_DISK_TYPE_UNSPECIFIED"


class NodeconfigV1AKSConfigPublicIPAKSPublicIPTags(BaseModel):
    ipTagType: str | None = None
    tagValue: str | None = None


class NodeconfigV1AmiSelector(BaseModel):
    amiId: str | None = None


class NodeconfigV1ContainerRuntime(Enum):
    CONTAINERD = "CONTAINERD"
    containerd = "containerd"
    DOCKERD = "DOCKERD"
    dockerd = "dockerd"
    UNSPECIFIED = "UNSPECIFIED"
    unspecified = "unspecified"


class NodeconfigV1DeleteConfigurationResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )


class NodeconfigV1EC2VolumesConfig(BaseModel):
    deviceName: str
    encrypted: bool | None = None
    iops: int | None = None
    kmsKeyArn: str | None = None
    size: int | None = None
    throughput: int | None = None
    type: str | None = None


class NodeconfigV1EKSConfigImageFamily(Enum):
    FAMILY_AL2 = "FAMILY_AL2"
    FAMILY_AL2023 = "FAMILY_AL2023"
    FAMILY_BOTTLEROCKET = "FAMILY_BOTTLEROCKET"
    FAMILY_UNSPECIFIED = "FAMILY_UNSPECIFIED"
    family_al2 = "family_al2"
    family_al2023 = "family_al2023"
    family_bottlerocket = "family_bottlerocket"


class NodeconfigV1FallbackConfiguration(BaseModel):
    fallbackInstanceType: str | None = None


class NodeconfigV1GKEConfigLoadBalancersTargetBackendPools(BaseModel):
    name: str | None = None


class NodeconfigV1GKEConfigLoadBalancersUnmanagedInstanceGroups(BaseModel):
    name: str | None = None
    zone: str | None = None


class NodeconfigV1GKEConfigOnHostMaintenance(Enum):
    MIGRATE = "MIGRATE"
    migrate = "migrate"
    TERMINATE = "TERMINATE"
    terminate = "terminate"


class NodeconfigV1InstanceProfile(BaseModel):
    arn: str | None = None
    name: str | None = None


class NodeconfigV1KOPSConfig(BaseModel):
    keyPairId: str | None = None


class NodeconfigV1ListMaxPodsPresetsResponse(BaseModel):
    presets: list[str] | None = None


class NodeconfigV1SecondaryIPRange(BaseModel):
    rangeName: str | None = None


class NodeconfigV1SecurityGroup(BaseModel):
    description: str | None = None
    id: str | None = None
    name: str | None = None
    tags: dict[str, str] | None = None


class NodeconfigV1SelfHostedWithEC2NodesConfigImageFamily(Enum):
    FAMILY_AL2 = "FAMILY_AL2"
    FAMILY_AL2023 = "FAMILY_AL2023"
    FAMILY_BOTTLEROCKET = "FAMILY_BOTTLEROCKET"
    FAMILY_CUSTOM = "FAMILY_CUSTOM"
    FAMILY_UNSPECIFIED = "FAMILY_UNSPECIFIED"
    family_al2 = "family_al2"
    family_al2023 = "family_al2023"
    family_bottlerocket = "family_bottlerocket"
    family_custom = "family_custom"


class NodeconfigV1SubnetDetails(BaseModel):
    availableIpAddressCount: int | None = None
    cidr: str | None = None
    id: str | None = None
    tags: dict[str, str] | None = None
    zone: ExternalclusterV1Zone | None = None


class NodeconfigV1TargetGroup(BaseModel):
    arn: str | None = None
    port: int | None = None


class NodetemplatesV1AvailableInstanceTypeGPUDevice(BaseModel):
    count: int | None = None
    fractional: bool | None = None
    manufacturer: str | None = None
    name: str | None = None


class NodetemplatesV1AvailableInstanceTypeOs(Enum):
    linux = "linux"
    unknown = "unknown"
    windows = "windows"


class NodetemplatesV1AvailableInstanceTypeStorageOptimizedOption(Enum):
    Always = "Always"
    Never = "Never"
    OnDemand = "OnDemand"


class NodetemplatesV1DeleteNodeTemplateResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )


class NodetemplatesV1GPUSharingStrategy(Enum):
    GPU_SHARING_STRATEGY_MPS = "GPU_SHARING_STRATEGY_MPS"
    GPU_SHARING_STRATEGY_TIME_SLICING = "GPU_SHARING_STRATEGY_TIME_SLICING"
    GPU_SHARING_STRATEGY_UNSPECIFIED = "GPU_SHARING_STRATEGY_UNSPECIFIED"


class NodetemplatesV1Label(BaseModel):
    key: str | None = None
    value: str | None = None


class NodetemplatesV1NodeTemplateListItemStats(BaseModel):
    countFallback: int
    countOnDemand: int
    countSoleTenant: int
    countSpot: int


class NodetemplatesV1PriceAdjustmentConfiguration(BaseModel):
    instanceTypeAdjustments: dict[str, str] | None = None


class NodetemplatesV1RebalancingConfiguration(BaseModel):
    minNodes: int | None = None


class NodetemplatesV1SharedGPU(BaseModel):
    sharedClientsPerGpu: int | None = None


class NodetemplatesV1TaintEffect(Enum):
    NoExecute = "NoExecute"
    NoSchedule = "NoSchedule"


class NodetemplatesV1TaintWithOptionalEffect(BaseModel):
    effect: NodetemplatesV1TaintEffect | None = None
    key: str
    value: str | None = None


class NodetemplatesV1TemplateConstraintsAWSConstraintsCapacityReservationType(Enum):
    CAPACITY_BLOCK = "CAPACITY_BLOCK"
    CAPACITY_RESERVATION_TYPE_UNSPECIFIED = "CAPACITY_RESERVATION_TYPE_UNSPECIFIED"
    ON_DEMAND_CAPACITY_RESERVATION = "ON_DEMAND_CAPACITY_RESERVATION"


class NodetemplatesV1TemplateConstraintsCPUManufacturer(Enum):
    AMD = "AMD"
    AMPERE = "AMPERE"
    APPLE = "APPLE"
    AWS = "AWS"
    INTEL = "INTEL"


class NodetemplatesV1TemplateConstraintsConstraintState(Enum):
    DISABLED = "DISABLED"
    ENABLED = "ENABLED"
    NOT_SET = "NOT_SET"


class NodetemplatesV1TemplateConstraintsCustomPriority(BaseModel):
    families: list[str] | None = None
    onDemand: bool | None = None
    spot: bool | None = None


class NodetemplatesV1TemplateConstraintsGCPConstraints(BaseModel):
    capacityReservationIds: list[str] | None = None


class NodetemplatesV1TemplateConstraintsGPUConstraints(BaseModel):
    excludeNames: list[str] | None = None
    fractionalGpus: NodetemplatesV1TemplateConstraintsConstraintState | None = None
    includeNames: list[str] | None = None
    manufacturers: list[str] | None = None
    maxCount: int | None = None
    minCount: int | None = None


class NodetemplatesV1TemplateConstraintsInstanceFamilyConstraints(BaseModel):
    exclude: list[str] | None = None
    include: list[str] | None = None


class NodetemplatesV1TemplateConstraintsResourceLimits(BaseModel):
    cpuLimitEnabled: bool | None = None
    cpuLimitMaxCores: int | None = None


class PoliciesV1ClusterLimitsCpu(BaseModel):
    maxCores: int | None = None
    minCores: int | None = None


class PoliciesV1ClusterLimitsPolicy(BaseModel):
    cpu: PoliciesV1ClusterLimitsCpu | None = None
    enabled: bool | None = None


class PoliciesV1EvictorStatus(Enum):
    Compatible = "Compatible"
    Incompatible = "Incompatible"
    InvalidConfig = "InvalidConfig"
    Missing = "Missing"
    Unknown = "Unknown"


class PoliciesV1GetClusterNodeConstraintsResponseCpuRam(BaseModel):
    cpuCores: int | None = None
    ramMib: int | None = None


class PoliciesV1Headroom(BaseModel):
    cpuPercentage: int | None = None
    enabled: bool | None = None
    memoryPercentage: int | None = None


class PoliciesV1NodeConstraints(BaseModel):
    enabled: bool | None = None
    maxCpuCores: int | None = None
    maxRamMib: int | None = None
    minCpuCores: int | None = None
    minRamMib: int | None = None


class PoliciesV1NodeDownscalerEmptyNodes(BaseModel):
    delaySeconds: int | None = None
    enabled: bool | None = None


class PoliciesV1PodPinnerStatus(Enum):
    PodPinnerStatus_Compatible = "PodPinnerStatus_Compatible"
    PodPinnerStatus_Incompatible = "PodPinnerStatus_Incompatible"
    PodPinnerStatus_IncompatibleVersion = "PodPinnerStatus_IncompatibleVersion"
    PodPinnerStatus_Missing = "PodPinnerStatus_Missing"
    PodPinnerStatus_Unknown = "PodPinnerStatus_Unknown"


class PoliciesV1SpotBackups(BaseModel):
    enabled: bool | None = None
    spotBackupRestoreRateSeconds: int | None = None


class PoliciesV1SpotInterruptionPredictionsType(Enum):
    AWSRebalanceRecommendations = "AWSRebalanceRecommendations"
    CASTAIInterruptionPredictions = "CASTAIInterruptionPredictions"


class RuntimeV1AckAnomaliesRequest(BaseModel):
    ids: list[str] | None = None


class RuntimeV1AckAnomaliesResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )


class RuntimeV1AddListEntriesResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )


class RuntimeV1AnomalyEvent(BaseModel):
    containerName: str | None = None
    eventName: str | None = None
    eventType: str | None = None
    id: str | None = None
    namespace: str | None = None
    podName: str | None = None
    process: str | None = None
    rawEvent: dict[str, Any] | None = None
    reason: str | None = None
    ruleName: str | None = None
    timestamp: AwareDatetime | None = None


class RuntimeV1AnomalyStatus(Enum):
    ANOMALY_STATUS_ACKED = "ANOMALY_STATUS_ACKED"
    ANOMALY_STATUS_CLOSED = "ANOMALY_STATUS_CLOSED"
    ANOMALY_STATUS_OPEN = "ANOMALY_STATUS_OPEN"
    ANOMALY_STATUS_UNSPECIFIED = "ANOMALY_STATUS_UNSPECIFIED"


class RuntimeV1CloseAnomaliesResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )


class RuntimeV1CloseReason(Enum):
    CLOSE_REASON_FALSE_POSITIVE = "CLOSE_REASON_FALSE_POSITIVE"
    CLOSE_REASON_OTHER = "CLOSE_REASON_OTHER"
    CLOSE_REASON_RESOLVED = "CLOSE_REASON_RESOLVED"
    CLOSE_REASON_UNSPECIFIED = "CLOSE_REASON_UNSPECIFIED"


class RuntimeV1Column(BaseModel):
    name: str | None = None
    type: str | None = None


class RuntimeV1DeleteListsRequest(BaseModel):
    ids: list[str]


class RuntimeV1DeleteListsResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )


class RuntimeV1DeleteRulesRequest(BaseModel):
    ids: list[str]


class RuntimeV1DeleteRulesResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )


class RuntimeV1GetAnomaliesOverviewResponse(BaseModel):
    acked: int | None = None
    closed: int | None = None
    open: int | None = None


class RuntimeV1GetAnomalyEventsResponse(BaseModel):
    count: int | None = None
    events: list[RuntimeV1AnomalyEvent] | None = None
    nextCursor: str | None = None
    previousCursor: str | None = None


class RuntimeV1GetClusterKvisorVersionResponse(BaseModel):
    version: str | None = None


class RuntimeV1GetContainerImageSbomResponse(BaseModel):
    imageProfile: bool | None = None
    imageSbom: dict[str, Any] | None = None


class RuntimeV1GetNetflowTrendResponseItems(BaseModel):
    rxBytes: str | None = None
    time: AwareDatetime | None = None
    txBytes: str | None = None


class RuntimeV1GetRuntimeEventsProcessTreeResponseEventProcess(BaseModel):
    args: list[str] | None = None
    exitTime: AwareDatetime | None = None
    filepath: str | None = None
    parentStartTime: str | None = None
    pid: int | None = None
    ppid: int | None = None
    startTime: str | None = None
    timestamp: AwareDatetime | None = None


class RuntimeV1GetRuntimeEventsResponseRuntimeEvent(BaseModel):
    eventName: str | None = None
    rawEvent: dict[str, Any] | None = None


class RuntimeV1ListEntryKind(Enum):
    LIST_ENTRY_KIND_CIDR = "LIST_ENTRY_KIND_CIDR"
    LIST_ENTRY_KIND_IP = "LIST_ENTRY_KIND_IP"
    LIST_ENTRY_KIND_SHA256 = "LIST_ENTRY_KIND_SHA256"
    LIST_ENTRY_KIND_STRING = "LIST_ENTRY_KIND_STRING"
    LIST_ENTRY_KIND_UNKNOWN = "LIST_ENTRY_KIND_UNKNOWN"


class RuntimeV1ListHeader(BaseModel):
    id: str | None = None
    name: str | None = None


class RuntimeV1NetflowGraphEdge(BaseModel):
    metrics: dict[str, str] | None = None
    source: str | None = None
    target: str | None = None


class RuntimeV1NetflowGraphVertex(BaseModel):
    id: str | None = None
    metadata: dict[str, str] | None = None


class RuntimeV1RemoveListEntriesResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )


class RuntimeV1Row(BaseModel):
    values: list[str] | None = None


class RuntimeV1RuleEngineType(Enum):
    RULE_ENGINE_TYPE_CEL = "RULE_ENGINE_TYPE_CEL"
    RULE_ENGINE_TYPE_GO = "RULE_ENGINE_TYPE_GO"
    RULE_ENGINE_TYPE_UNKNOWN = "RULE_ENGINE_TYPE_UNKNOWN"


class RuntimeV1RuleHeader(BaseModel):
    category: str | None = None
    enabled: bool | None = None
    id: str | None = None
    name: str | None = None
    type: str | None = None


class RuntimeV1Severity(Enum):
    SEVERITY_CRITICAL = "SEVERITY_CRITICAL"
    SEVERITY_HIGH = "SEVERITY_HIGH"
    SEVERITY_LOW = "SEVERITY_LOW"
    SEVERITY_MEDIUM = "SEVERITY_MEDIUM"
    SEVERITY_NONE = "SEVERITY_NONE"
    SEVERITY_UNKNOWN = "SEVERITY_UNKNOWN"


class RuntimeV1Ticket(BaseModel):
    name: str | None = None
    url: str | None = None


class RuntimeV1ToggleRulesRequest(BaseModel):
    enabled: bool
    ids: list[str]


class RuntimeV1ToggleRulesResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )


class RuntimeV1TriggerAnomaliesWebhookRequest(BaseModel):
    ids: list[str] | None = None


class RuntimeV1TriggerAnomaliesWebhookResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )


class RuntimeV1TriggerAnomalyWebhookResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )


class RuntimeV1ValidationError(BaseModel):
    column: int | None = None
    line: int | None = None
    message: str | None = None


class RuntimeV1ValidationType(Enum):
    VALIDATE_CEL_RESOURCE_SELECTOR = "VALIDATE_CEL_RESOURCE_SELECTOR"
    VALIDATE_CEL_RULE = "VALIDATE_CEL_RULE"
    VALIDATE_UNKNOWN = "VALIDATE_UNKNOWN"


class RuntimeV1WorkloadNetflowDestination(BaseModel):
    addrs: list[str] | None = None
    dnsQuestion: str | None = None
    namespace: str | None = None
    region: str | None = None
    rxBytes: str | None = None
    txBytes: str | None = None
    workloadKind: str | None = None
    workloadName: str | None = None
    zone: str | None = None


class SSOAPISetSyncForSSOConnectionRequest(BaseModel):
    sync: bool


class ScheduledrebalancingV1AggressiveModeConfig(BaseModel):
    ignoreLocalPersistentVolumes: bool | None = None
    ignoreProblemJobPods: bool | None = None
    ignoreProblemPodsWithoutController: bool | None = None
    ignoreProblemPreventedDrainPods: bool | None = None
    ignoreProblemRemovalDisabledPods: bool | None = None


class ScheduledrebalancingV1DeleteRebalancingJobResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )


class ScheduledrebalancingV1DeleteRebalancingScheduleResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )


class ScheduledrebalancingV1DrainFailureConfig(BaseModel):
    disableUncordon: bool | None = None
    uncordonAfterSeconds: int | None = None


class ScheduledrebalancingV1ExecutionConditions(BaseModel):
    achievedSavingsPercentage: int | None = None
    enabled: bool | None = None


class ScheduledrebalancingV1JobStatus(Enum):
    JobStatusFailed = "JobStatusFailed"
    JobStatusFinished = "JobStatusFinished"
    JobStatusInProgress = "JobStatusInProgress"
    JobStatusPending = "JobStatusPending"
    JobStatusSkipped = "JobStatusSkipped"


class ScheduledrebalancingV1Node(BaseModel):
    id: str | None = None


class ScheduledrebalancingV1NodeSelectorRequirement(BaseModel):
    key: str | None = None
    operator: str | None = None
    values: list[str] | None = None


class ScheduledrebalancingV1NodeSelectorTerm(BaseModel):
    matchExpressions: list[ScheduledrebalancingV1NodeSelectorRequirement] | None = None
    matchFields: list[ScheduledrebalancingV1NodeSelectorRequirement] | None = None


class ScheduledrebalancingV1PreviewRebalancingScheduleResponse(BaseModel):
    affectedNodes: list[ScheduledrebalancingV1Node] | None = None
    willTriggerAt: list[AwareDatetime] | None = None


class ScheduledrebalancingV1RebalancingJob(BaseModel):
    clusterId: str | None = None
    enabled: bool | None = None
    id: str | None = None
    lastTriggerAt: AwareDatetime | None = None
    nextTriggerAt: AwareDatetime | None = None
    rebalancingPlanId: str | None = None
    rebalancingScheduleId: str
    status: ScheduledrebalancingV1JobStatus | None = None


class ScheduledrebalancingV1RebalancingOptions(BaseModel):
    aggressiveMode: bool | None = None
    aggressiveModeConfig: ScheduledrebalancingV1AggressiveModeConfig | None = None
    drainFailureConfig: ScheduledrebalancingV1DrainFailureConfig | None = None
    evictGracefully: bool | None = None
    executionConditions: ScheduledrebalancingV1ExecutionConditions | None = None
    keepDrainTimeoutNodes: bool | None = None
    maxSimultaneousDrains: int | None = None
    minNodes: int | None = None


class ScheduledrebalancingV1Schedule(BaseModel):
    cron: str


class ScheduledrebalancingV1TargetNodeSelectionAlgorithm(Enum):
    TargetNodeSelectionAlgorithmNormalizedPrice = (
        "TargetNodeSelectionAlgorithmNormalizedPrice"
    )
    TargetNodeSelectionAlgorithmUtilization = "TargetNodeSelectionAlgorithmUtilization"
    TargetNodeSelectionAlgorithmUtilizedPrice = (
        "TargetNodeSelectionAlgorithmUtilizedPrice"
    )


class ScheduledrebalancingV1TimeZone(BaseModel):
    name: str | None = None
    offset: str | None = None


class ScheduledrebalancingV1TriggerConditions(BaseModel):
    ignoreSavings: bool | None = None
    savingsPercentage: float | None = None


class ServiceAccountsAPICreateServiceAccountKeyRequest(BaseModel):
    key: CastaiServiceaccountsV1beta1CreateServiceAccountKeyRequestKey


class ServiceAccountsAPIUpdateServiceAccountRequest(BaseModel):
    serviceAccount: (
        CastaiServiceaccountsV1beta1UpdateServiceAccountRequestServiceAccount
    )


class WorkloadOptimizationAPIAssignScalingPolicyWorkloadsRequest(BaseModel):
    workloadIds: list[str] | None = None


class WorkloadOptimizationAPISetScalingPoliciesOrderRequest(BaseModel):
    policyIds: list[str] | None = None


class WorkloadoptimizationV1ActionType(Enum):
    ACTION_TYPE_UNSPECIFIED = "ACTION_TYPE_UNSPECIFIED"
    APPLY = "APPLY"
    IGNORE = "IGNORE"
    PERSIST = "PERSIST"


class WorkloadoptimizationV1AggregatedCPUStallMetrics(BaseModel):
    avg: float


class WorkloadoptimizationV1AggregatedMetrics(BaseModel):
    avg: float
    max: float
    min: float
    p25: float
    p50: float
    p75: float


class WorkloadoptimizationV1AggregatedPredictionMetrics(BaseModel):
    avg: float
    avgRec: float


class WorkloadoptimizationV1AntiAffinitySettings(BaseModel):
    considerAntiAffinity: bool | None = None


class WorkloadoptimizationV1ApplyThresholdStrategyCustomAdaptiveThreshold(BaseModel):
    denominator: float
    exponent: float
    numerator: float


class WorkloadoptimizationV1ApplyThresholdStrategyDefaultAdaptiveThreshold(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )


class WorkloadoptimizationV1ApplyThresholdStrategyPercentageThreshold(BaseModel):
    percentage: float


class WorkloadoptimizationV1ApplyType(Enum):
    DEFERRED = "DEFERRED"
    IMMEDIATE = "IMMEDIATE"
    UNKNOWN = "UNKNOWN"


class WorkloadoptimizationV1AssignScalingPolicyWorkloadsResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )


class WorkloadoptimizationV1BoolMatch(BaseModel):
    eq: bool


class WorkloadoptimizationV1CPUPressureContainer(BaseModel):
    eligiblePodCount: int
    name: str
    podCountTotal: int
    pressurePercentage: float


class WorkloadoptimizationV1CPUPressureEvent(BaseModel):
    containers: list[WorkloadoptimizationV1CPUPressureContainer]


class WorkloadoptimizationV1CPUPressureSettings(BaseModel):
    cpuStallThresholdPercentage: float
    minPressuredPodPercentage: float


class WorkloadoptimizationV1ConfidenceSettings(BaseModel):
    threshold: float | None = None


class WorkloadoptimizationV1ConstraintsV2Constant(BaseModel):
    value: float


class WorkloadoptimizationV1ConstraintsV2PercentageOfOriginal(BaseModel):
    value: float


class WorkloadoptimizationV1ConstraintsV2Strategy(BaseModel):
    constant: WorkloadoptimizationV1ConstraintsV2Constant | None = None
    percentageOfOriginal: (
        WorkloadoptimizationV1ConstraintsV2PercentageOfOriginal | None
    ) = None


class WorkloadoptimizationV1ConversionResultStatus(Enum):
    ALREADY_AVERAGE = "ALREADY_AVERAGE"
    CONVERSION_STATUS_UNSPECIFIED = "CONVERSION_STATUS_UNSPECIFIED"
    CONVERTED = "CONVERTED"
    MISSING_REQUESTS = "MISSING_REQUESTS"
    NO_METRICS = "NO_METRICS"
    NON_CONVERTIBLE = "NON_CONVERTIBLE"
    REQUESTS_TOO_SMALL = "REQUESTS_TOO_SMALL"


class WorkloadoptimizationV1Costs(BaseModel):
    originalRequested: float | None = None
    recommended: float | None = None
    requested: float | None = None


class WorkloadoptimizationV1CrossVersionObjectReference(BaseModel):
    apiVersion: str | None = None
    kind: str | None = None
    name: str | None = None


class WorkloadoptimizationV1CustomMetricDataPoint(BaseModel):
    timestamp: AwareDatetime
    value: float | None = None


class WorkloadoptimizationV1CustomMetricSeries(BaseModel):
    containerName: str
    dataPoints: list[WorkloadoptimizationV1CustomMetricDataPoint]
    podName: str


class WorkloadoptimizationV1CustomMetricUnit(Enum):
    BYTES = "BYTES"
    CONNECTIONS = "CONNECTIONS"
    CORES = "CORES"
    COUNT = "COUNT"
    CUSTOM_METRIC_UNIT_UNSPECIFIED = "CUSTOM_METRIC_UNIT_UNSPECIFIED"
    KIBIBYTES = "KIBIBYTES"
    MEGABYTES = "MEGABYTES"
    MESSAGES = "MESSAGES"
    MILLICORES = "MILLICORES"
    MILLISECONDS = "MILLISECONDS"
    PACKETS = "PACKETS"
    PERCENT = "PERCENT"
    REQUESTS = "REQUESTS"
    SECONDS = "SECONDS"
    THREADS = "THREADS"


class WorkloadoptimizationV1CustomMetricsDataSourceDataNodeWorkloadDataSource(
    BaseModel
):
    kubeletPort: int
    metricsPath: str


class WorkloadoptimizationV1CustomMetricsDataSourceDataNodeWorkloadMetricsResolvedMetricOrigin(
    Enum
):
    MANUAL = "MANUAL"
    ORIGIN_UNSPECIFIED = "ORIGIN_UNSPECIFIED"
    PRESET = "PRESET"


class WorkloadoptimizationV1CustomMetricsDataSourceDataPrometheusDataSource(BaseModel):
    timeout: str | None = None
    url: str


class WorkloadoptimizationV1CustomMetricsDataSourceDataPrometheusMetricsResolvedMetricQueryOrigin(
    Enum
):
    MANUAL = "MANUAL"
    ORIGIN_UNSPECIFIED = "ORIGIN_UNSPECIFIED"
    PRESET = "PRESET"


class WorkloadoptimizationV1CustomMetricsDataSourceInputPrometheusDataSource(BaseModel):
    timeout: str | None = None
    url: str


class WorkloadoptimizationV1CustomMetricsDataSourceInputPrometheusMetric(BaseModel):
    name: str
    query: str


class WorkloadoptimizationV1CustomMetricsDataSourceInputPrometheusMetrics(BaseModel):
    manual: (
        list[WorkloadoptimizationV1CustomMetricsDataSourceInputPrometheusMetric] | None
    ) = None
    presets: list[str] | None = None


class WorkloadoptimizationV1CustomMetricsDataSourceStatus(Enum):
    CONNECTED = "CONNECTED"
    CONNECTING = "CONNECTING"
    FAILED = "FAILED"
    STATUS_UNKNOWN = "STATUS_UNKNOWN"
    SYNCING = "SYNCING"


class WorkloadoptimizationV1CustomMetricsDataSourceType(Enum):
    NODE_WORKLOAD = "NODE_WORKLOAD"
    PROMETHEUS = "PROMETHEUS"
    TYPE_UNSPECIFIED = "TYPE_UNSPECIFIED"


class WorkloadoptimizationV1DeleteWorkloadScalingPolicyResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )


class WorkloadoptimizationV1DeployedRecommendation(BaseModel):
    applyType: WorkloadoptimizationV1ApplyType


class WorkloadoptimizationV1DownscalingSettings(BaseModel):
    applyType: WorkloadoptimizationV1ApplyType | None = None


class WorkloadoptimizationV1EventType(Enum):
    EVENT_TYPE_CONFIGURATION_CHANGEDV2 = "EVENT_TYPE_CONFIGURATION_CHANGEDV2"
    EVENT_TYPE_CPU_PRESSURE = "EVENT_TYPE_CPU_PRESSURE"
    EVENT_TYPE_CPU_PRESSURE_RESOLVED = "EVENT_TYPE_CPU_PRESSURE_RESOLVED"
    EVENT_TYPE_FAILED_HELM_TEST_HOOK = "EVENT_TYPE_FAILED_HELM_TEST_HOOK"
    EVENT_TYPE_GPU_RECOMMENDED_REQUESTS_CHANGED = (
        "EVENT_TYPE_GPU_RECOMMENDED_REQUESTS_CHANGED"
    )
    EVENT_TYPE_HPA_ALMOST_MAXED_OUT = "EVENT_TYPE_HPA_ALMOST_MAXED_OUT"
    EVENT_TYPE_HPA_MAXED_OUT = "EVENT_TYPE_HPA_MAXED_OUT"
    EVENT_TYPE_INVALID = "EVENT_TYPE_INVALID"
    EVENT_TYPE_MEMORY_PRESSURE_EVICTION = "EVENT_TYPE_MEMORY_PRESSURE_EVICTION"
    EVENT_TYPE_NATIVE_VPA_STATE_CHANGED = "EVENT_TYPE_NATIVE_VPA_STATE_CHANGED"
    EVENT_TYPE_OOM_KILL = "EVENT_TYPE_OOM_KILL"
    EVENT_TYPE_RECOMMENDED_POD_COUNT_CHANGED = (
        "EVENT_TYPE_RECOMMENDED_POD_COUNT_CHANGED"
    )
    EVENT_TYPE_RECOMMENDED_REQUESTS_CHANGED = "EVENT_TYPE_RECOMMENDED_REQUESTS_CHANGED"
    EVENT_TYPE_SCALING_POLICY_ASSIGNED = "EVENT_TYPE_SCALING_POLICY_ASSIGNED"
    EVENT_TYPE_SCALING_POLICY_CREATED = "EVENT_TYPE_SCALING_POLICY_CREATED"
    EVENT_TYPE_SCALING_POLICY_DELETED = "EVENT_TYPE_SCALING_POLICY_DELETED"
    EVENT_TYPE_SCALING_POLICY_ORDER_UPDATED = "EVENT_TYPE_SCALING_POLICY_ORDER_UPDATED"
    EVENT_TYPE_SCALING_POLICY_UPDATED = "EVENT_TYPE_SCALING_POLICY_UPDATED"
    EVENT_TYPE_STARTUP_FAILURE = "EVENT_TYPE_STARTUP_FAILURE"
    EVENT_TYPE_SURGE = "EVENT_TYPE_SURGE"
    EVENT_TYPE_SYSTEM_OVERRIDE_RESET = "EVENT_TYPE_SYSTEM_OVERRIDE_RESET"
    EVENT_TYPE_SYSTEM_OVERRIDE_TRIGGERED = "EVENT_TYPE_SYSTEM_OVERRIDE_TRIGGERED"
    EVENT_TYPE_UNBOUND_MEMORY_GROWTH = "EVENT_TYPE_UNBOUND_MEMORY_GROWTH"


class WorkloadoptimizationV1EventTypeSummary(BaseModel):
    count: int | None = None
    percent: float | None = None
    type: WorkloadoptimizationV1EventType | None = None


class WorkloadoptimizationV1FailedHookEvent(BaseModel):
    message: str
    time: AwareDatetime


class WorkloadoptimizationV1GPUDeviceMetadata(BaseModel):
    count: int | None = None
    memoryTotalMib: float | None = None
    modelName: str | None = None


class WorkloadoptimizationV1GPUDeviceRecommendation(BaseModel):
    count: int
    idleFraction: float | None = None
    maxUsedMemoryBytes: str | None = None
    memoryUtilPeak: float | None = None
    migProfile: str | None = None
    productName: str
    sharingStrategy: str | None = None
    smActive: float | None = None


class WorkloadoptimizationV1GPUMetrics(BaseModel):
    deviceCount: float | None = None
    gpuUtilization: float | None = None
    memoryTotalMib: float | None = None
    memoryUsedMib: float | None = None
    originalDeviceCount: float | None = None
    originalGpuUtilization: float | None = None
    originalMemoryUsedMib: float | None = None
    recDeviceCount: float | None = None
    recGpuUtilization: float | None = None
    recMemoryUsedMib: float | None = None
    requestDeviceCount: float | None = None
    requestGpuUtilization: float | None = None
    requestMemoryUsedMib: float | None = None
    timestamp: AwareDatetime | None = None


class WorkloadoptimizationV1GPURecommendationContainer(BaseModel):
    devices: list[WorkloadoptimizationV1GPUDeviceRecommendation] | None = None
    name: str


class WorkloadoptimizationV1GPURecommendedRequestsChangedEvent(BaseModel):
    containers: list[WorkloadoptimizationV1GPURecommendationContainer]
    debugData: dict[str, Any] | None = None


class WorkloadoptimizationV1GetAgentStatusResponseAgentStatus(Enum):
    AGENT_STATUS_INVALID = "AGENT_STATUS_INVALID"
    AGENT_STATUS_RUNNING = "AGENT_STATUS_RUNNING"
    AGENT_STATUS_UNKNOWN = "AGENT_STATUS_UNKNOWN"


class WorkloadoptimizationV1GetHPAV2MigrationEligibilityResponseMigrationStatus(Enum):
    BLOCKED = "BLOCKED"
    FULL = "FULL"
    NONE = "NONE"
    PARTIAL = "PARTIAL"
    UNSPECIFIED = "UNSPECIFIED"


class WorkloadoptimizationV1GetWorkloadEventsSummaryResponse(BaseModel):
    items: list[WorkloadoptimizationV1EventTypeSummary]
    totalCount: int


class WorkloadoptimizationV1GetWorkloadFiltersCounts(BaseModel):
    recommendationApplied: int
    recommendationIsLowConfidence: int
    total: int
    workloadHasCustomMetrics: int
    workloadHasError: int
    workloadIsStopped: int


class WorkloadoptimizationV1GetWorkloadFiltersResponse(BaseModel):
    counts: WorkloadoptimizationV1GetWorkloadFiltersCounts
    kinds: list[str]
    namespaces: list[str]
    scalingPolicyNames: list[str]
    workloadIds: list[str]
    workloadNames: list[str]


class WorkloadoptimizationV1GetWorkloadGPUMetricsResponse(BaseModel):
    gpuDevices: list[WorkloadoptimizationV1GPUDeviceMetadata] | None = None
    items: list[WorkloadoptimizationV1GPUMetrics] | None = None
    recGpuDevices: list[WorkloadoptimizationV1GPUDeviceMetadata] | None = None


class WorkloadoptimizationV1GetWorkloadNativeVpaSpecResponse(BaseModel):
    clusterId: str
    id: str
    object: dict[str, Any] | None = None
    organizationId: str


class WorkloadoptimizationV1GetWorkloadRecommendationManifestResponse(BaseModel):
    clusterId: str
    id: str
    name: str
    namespace: str
    object: dict[str, Any]
    organizationId: str


class WorkloadoptimizationV1GetWorkloadSpecResponse(BaseModel):
    clusterId: str
    group: str
    id: str
    isCustom: bool
    kind: str
    name: str
    namespace: str
    object: dict[str, Any]
    organizationId: str
    version: str


class WorkloadoptimizationV1GetWorkloadsAccessContextResponse(BaseModel):
    isOwner: bool
    writableNamespaces: list[str] | None = None


class WorkloadoptimizationV1GetWorkloadsSummaryResponse(BaseModel):
    annotationManagedCount: int
    apiManagedCount: int
    costsPerHour: WorkloadoptimizationV1Costs | None = None
    cpuCoresDifference: float
    hpaOptimizedCount: int
    hpaVpaOptimizedCount: int
    memoryDifference: float
    optimizedCount: int
    originalRequestedCpuCores: float
    originalRequestedMemoryGibs: float
    recommendedCpuCores: float
    recommendedMemory: float
    requestedCpuCores: float
    requestedMemory: float
    totalCount: int
    usageCpuCores: float
    usageMemoryGibs: float
    vpaOptimizedCount: int


class WorkloadoptimizationV1HPAConverterType(Enum):
    AVERAGE_VALUE_FROM_ORIGINAL_REQUESTS = "AVERAGE_VALUE_FROM_ORIGINAL_REQUESTS"
    HPA_CONVERTER_TYPE_UNSPECIFIED = "HPA_CONVERTER_TYPE_UNSPECIFIED"


class WorkloadoptimizationV1HPAConverters(BaseModel):
    type: WorkloadoptimizationV1HPAConverterType


class WorkloadoptimizationV1HPALegacyUnsupportedReasonType(Enum):
    HPA_LEGACY_UNSUPPORTED_REASON_HAS_NATIVE_HPA = (
        "HPA_LEGACY_UNSUPPORTED_REASON_HAS_NATIVE_HPA"
    )
    HPA_LEGACY_UNSUPPORTED_REASON_NO_ELIGIBLE_CONTAINER = (
        "HPA_LEGACY_UNSUPPORTED_REASON_NO_ELIGIBLE_CONTAINER"
    )
    HPA_LEGACY_UNSUPPORTED_REASON_ROLLOUT_WORKLOAD_REF = (
        "HPA_LEGACY_UNSUPPORTED_REASON_ROLLOUT_WORKLOAD_REF"
    )
    HPA_LEGACY_UNSUPPORTED_REASON_UNKNOWN = "HPA_LEGACY_UNSUPPORTED_REASON_UNKNOWN"
    HPA_LEGACY_UNSUPPORTED_REASON_WORKLOAD_TYPE = (
        "HPA_LEGACY_UNSUPPORTED_REASON_WORKLOAD_TYPE"
    )


class WorkloadoptimizationV1HPAManagementMode(Enum):
    MODE_MANAGED = "MODE_MANAGED"
    MODE_UNMANAGED = "MODE_UNMANAGED"
    MODE_UNSPECIFIED = "MODE_UNSPECIFIED"


class WorkloadoptimizationV1HPAManagementSource(Enum):
    SOURCE_SCALING_POLICY = "SOURCE_SCALING_POLICY"
    SOURCE_UNSPECIFIED = "SOURCE_UNSPECIFIED"
    SOURCE_VPA_CONVERTER = "SOURCE_VPA_CONVERTER"


class WorkloadoptimizationV1HPAMaxedOutEvent(BaseModel):
    desiredReplicas: int
    maxReplicas: int


class WorkloadoptimizationV1HPAMode(Enum):
    HPA_MODE_LEGACY = "HPA_MODE_LEGACY"
    HPA_MODE_NATIVE = "HPA_MODE_NATIVE"
    HPA_MODE_NOT_SET = "HPA_MODE_NOT_SET"
    HPA_MODE_TAKEOVER = "HPA_MODE_TAKEOVER"
    HPA_MODE_UNSPECIFIED = "HPA_MODE_UNSPECIFIED"
    HPA_MODE_V2 = "HPA_MODE_V2"


class WorkloadoptimizationV1HPAOwnerType(Enum):
    TYPE_CASTAI = "TYPE_CASTAI"
    TYPE_KEDA = "TYPE_KEDA"
    TYPE_OTHER = "TYPE_OTHER"
    TYPE_STANDALONE = "TYPE_STANDALONE"
    TYPE_UNSPECIFIED = "TYPE_UNSPECIFIED"


class WorkloadoptimizationV1HPAScalingPolicyType(Enum):
    HPA_SCALING_POLICY_TYPE_UNSPECIFIED = "HPA_SCALING_POLICY_TYPE_UNSPECIFIED"
    PERCENT_SCALING_POLICY = "PERCENT_SCALING_POLICY"
    PODS_SCALING_POLICY = "PODS_SCALING_POLICY"


class WorkloadoptimizationV1HPAUnsupportedReasonType(Enum):
    HPA_UNSUPPORTED_REASON_TAKE_OWNERSHIP = "HPA_UNSUPPORTED_REASON_TAKE_OWNERSHIP"
    HPA_UNSUPPORTED_REASON_UNKNOWN = "HPA_UNSUPPORTED_REASON_UNKNOWN"
    HPA_UNSUPPORTED_REASON_WORKLOAD_TYPE = "HPA_UNSUPPORTED_REASON_WORKLOAD_TYPE"


class WorkloadoptimizationV1HeapCommitedAggregatedMetrics(BaseModel):
    avg: float


class WorkloadoptimizationV1HeapCommitedMetrics(BaseModel):
    avg: float
    timestamp: AwareDatetime


class WorkloadoptimizationV1HeapRecommendedAggregatedMetrics(BaseModel):
    avg: float


class WorkloadoptimizationV1HeapRecommendedMetrics(BaseModel):
    avg: float
    timestamp: AwareDatetime


class WorkloadoptimizationV1HeapUsedAggregatedMetrics(BaseModel):
    p95: float


class WorkloadoptimizationV1HeapUsedMetrics(BaseModel):
    p95: float
    timestamp: AwareDatetime


class WorkloadoptimizationV1InPlaceResizeStatus(Enum):
    ERROR = "ERROR"
    RESIZED = "RESIZED"
    RESIZING = "RESIZING"
    UNKNOWN_INPLACE_RESIZE_STATUS = "UNKNOWN_INPLACE_RESIZE_STATUS"


class WorkloadoptimizationV1InfiniteMemoryScalingSettings(BaseModel):
    enabled: bool


class WorkloadoptimizationV1InitiatedBy(BaseModel):
    email: str | None = None
    id: str
    name: str | None = None


class WorkloadoptimizationV1JVMMemorySettings(BaseModel):
    optimization: bool


class WorkloadoptimizationV1JVMRuntimeConfiguration(BaseModel):
    autoInstrument: bool | None = None
    enabled: bool | None = None
    optionsEnvVar: str | None = None


class WorkloadoptimizationV1JVMRuntimeConfigurationUpdate(BaseModel):
    autoInstrument: bool | None = None
    enabled: bool | None = None
    optionsEnvVar: str | None = None


class WorkloadoptimizationV1JVMSettings(BaseModel):
    autoInstrument: bool | None = None
    memory: WorkloadoptimizationV1JVMMemorySettings | None = None


class WorkloadoptimizationV1KeyValuePair(BaseModel):
    key: str
    value: str


class WorkloadoptimizationV1KubernetesLabelSelectorOperator(Enum):
    KUBERNETES_LABEL_SELECTOR_OP_CONTAINS = "KUBERNETES_LABEL_SELECTOR_OP_CONTAINS"
    KUBERNETES_LABEL_SELECTOR_OP_DOES_NOT_EXIST = (
        "KUBERNETES_LABEL_SELECTOR_OP_DOES_NOT_EXIST"
    )
    KUBERNETES_LABEL_SELECTOR_OP_EXISTS = "KUBERNETES_LABEL_SELECTOR_OP_EXISTS"
    KUBERNETES_LABEL_SELECTOR_OP_IN = "KUBERNETES_LABEL_SELECTOR_OP_IN"
    KUBERNETES_LABEL_SELECTOR_OP_NOT_IN = "KUBERNETES_LABEL_SELECTOR_OP_NOT_IN"
    KUBERNETES_LABEL_SELECTOR_OP_REGEX = "KUBERNETES_LABEL_SELECTOR_OP_REGEX"
    KUBERNETES_LABEL_SELECTOR_OP_UNSPECIFIED = (
        "KUBERNETES_LABEL_SELECTOR_OP_UNSPECIFIED"
    )


class WorkloadoptimizationV1LabelMatch(BaseModel):
    key: str
    value: str | None = None


class WorkloadoptimizationV1LimitRangeResource(BaseModel):
    max: float | None = None
    min: float | None = None


class WorkloadoptimizationV1ManagedBy(Enum):
    ANNOTATIONS = "ANNOTATIONS"
    API = "API"


class WorkloadoptimizationV1ManagementOption(Enum):
    MANAGED = "MANAGED"
    READ_ONLY = "READ_ONLY"
    UNDEFINED = "UNDEFINED"


class WorkloadoptimizationV1MemoryEventSettings(BaseModel):
    applyType: WorkloadoptimizationV1ApplyType | None = None


class WorkloadoptimizationV1MemoryPressureEvictionEventContainer(BaseModel):
    memoryUsageGib: float | None = None
    name: str | None = None


class WorkloadoptimizationV1MetricIdentifier(BaseModel):
    name: str
    selector: dict[str, str]


class WorkloadoptimizationV1MetricSourceType(Enum):
    CONTAINER_RESOURCE = "CONTAINER_RESOURCE"
    EXTERNAL = "EXTERNAL"
    METRIC_SOURCE_TYPE_UNSPECIFIED = "METRIC_SOURCE_TYPE_UNSPECIFIED"
    OBJECT = "OBJECT"
    PODS = "PODS"
    RESOURCE = "RESOURCE"


class WorkloadoptimizationV1MetricTargetType(Enum):
    AVERAGE_VALUE = "AVERAGE_VALUE"
    METRIC_TARGET_TYPE_UNSPECIFIED = "METRIC_TARGET_TYPE_UNSPECIFIED"
    UTILIZATION = "UTILIZATION"
    VALUE = "VALUE"


class WorkloadoptimizationV1MetricsBinaryOpType(Enum):
    METRICS_BINARY_OP_ADD = "METRICS_BINARY_OP_ADD"
    METRICS_BINARY_OP_DIV = "METRICS_BINARY_OP_DIV"
    METRICS_BINARY_OP_MUL = "METRICS_BINARY_OP_MUL"
    METRICS_BINARY_OP_SUB = "METRICS_BINARY_OP_SUB"
    METRICS_BINARY_OP_TYPE_UNSPECIFIED = "METRICS_BINARY_OP_TYPE_UNSPECIFIED"


class WorkloadoptimizationV1MetricsGroupByDimension(Enum):
    DIMENSION_CONTAINER = "DIMENSION_CONTAINER"
    DIMENSION_IS_CUSTOM = "DIMENSION_IS_CUSTOM"
    DIMENSION_KIND = "DIMENSION_KIND"
    DIMENSION_NAME = "DIMENSION_NAME"
    DIMENSION_NAMESPACE = "DIMENSION_NAMESPACE"
    DIMENSION_UNSPECIFIED = "DIMENSION_UNSPECIFIED"


class WorkloadoptimizationV1MetricsMetricRef(BaseModel):
    metric: str
    rollup: str


class WorkloadoptimizationV1MetricsPoint(BaseModel):
    timestamp: AwareDatetime
    value: float


class WorkloadoptimizationV1MetricsScalarOpType(Enum):
    METRICS_SCALAR_OP_ADD = "METRICS_SCALAR_OP_ADD"
    METRICS_SCALAR_OP_DIV = "METRICS_SCALAR_OP_DIV"
    METRICS_SCALAR_OP_MUL = "METRICS_SCALAR_OP_MUL"
    METRICS_SCALAR_OP_TYPE_UNSPECIFIED = "METRICS_SCALAR_OP_TYPE_UNSPECIFIED"


class WorkloadoptimizationV1MetricsSeriesDimension(BaseModel):
    dimension: WorkloadoptimizationV1MetricsGroupByDimension
    value: str


class WorkloadoptimizationV1MigrateClusterToHPAV2Response(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )


class WorkloadoptimizationV1NativeVPAStateChangedEvent(BaseModel):
    vpaPresent: bool


class WorkloadoptimizationV1PSIPressureResolvedContainer(BaseModel):
    name: str
    startedAt: AwareDatetime
    stoppedAt: AwareDatetime


class WorkloadoptimizationV1PodInPlaceResize(BaseModel):
    error: str | None = None
    status: WorkloadoptimizationV1InPlaceResizeStatus


class WorkloadoptimizationV1PodRecommendationStatus(BaseModel):
    appliedAt: AwareDatetime
    resourcesMismatched: bool


class WorkloadoptimizationV1PodStatus(Enum):
    FAILED = "FAILED"
    PENDING = "PENDING"
    RUNNING = "RUNNING"
    SUCCEEDED = "SUCCEEDED"
    UNKNOWN_POD_STATUS = "UNKNOWN_POD_STATUS"


class WorkloadoptimizationV1PredictiveInsights(BaseModel):
    availableUntil: AwareDatetime | None = None
    isEligible: bool


class WorkloadoptimizationV1PredictiveScaling(BaseModel):
    enabled: bool


class WorkloadoptimizationV1PredictiveScalingSettings(BaseModel):
    cpu: WorkloadoptimizationV1PredictiveScaling | None = None


class WorkloadoptimizationV1RecommendationErrorType(Enum):
    ERROR_CUSTOM_WORKLOAD_CONTAINERS_MISMATCH = (
        "ERROR_CUSTOM_WORKLOAD_CONTAINERS_MISMATCH"
    )
    ERROR_CUSTOM_WORKLOAD_INVALID_NAME = "ERROR_CUSTOM_WORKLOAD_INVALID_NAME"
    ERROR_DEPLOY_FAILED = "ERROR_DEPLOY_FAILED"
    ERROR_HPA_STATUS_UNHEALTHY = "ERROR_HPA_STATUS_UNHEALTHY"
    ERROR_IMMEDIATE_APPLY_BLOCKED = "ERROR_IMMEDIATE_APPLY_BLOCKED"
    ERROR_RECOMMENDATION_GENERATION = "ERROR_RECOMMENDATION_GENERATION"
    ERROR_UNKNOWN = "ERROR_UNKNOWN"


class WorkloadoptimizationV1RecommendationEventType(Enum):
    RECOMMENDATION_EVENT_TYPE_INVALID = "RECOMMENDATION_EVENT_TYPE_INVALID"
    RECOMMENDATION_EVENT_TYPE_REVERT = "RECOMMENDATION_EVENT_TYPE_REVERT"


class WorkloadoptimizationV1RecommendationOrigin(Enum):
    ORIGIN_CONFIG_CHANGED = "ORIGIN_CONFIG_CHANGED"
    ORIGIN_HPA_ALMOST_MAXED_OUT = "ORIGIN_HPA_ALMOST_MAXED_OUT"
    ORIGIN_HPA_MAXED_OUT = "ORIGIN_HPA_MAXED_OUT"
    ORIGIN_MEMORY_EVENT = "ORIGIN_MEMORY_EVENT"
    ORIGIN_READONLY_RESOURCE_CHANGED = "ORIGIN_READONLY_RESOURCE_CHANGED"
    ORIGIN_SNAPSHOT = "ORIGIN_SNAPSHOT"
    ORIGIN_STARTUP_FAILURE_EVENT = "ORIGIN_STARTUP_FAILURE_EVENT"
    ORIGIN_SURGE_EVENT = "ORIGIN_SURGE_EVENT"
    ORIGIN_UNKNOWN = "ORIGIN_UNKNOWN"
    ORIGIN_VERTICAL_MANAGEMENT_ENABLED = "ORIGIN_VERTICAL_MANAGEMENT_ENABLED"


class WorkloadoptimizationV1RecommendationStatusType(Enum):
    STATUS_APPLIED = "STATUS_APPLIED"
    STATUS_STOPPED = "STATUS_STOPPED"
    STATUS_UNKNOWN = "STATUS_UNKNOWN"
    STATUS_WAITING = "STATUS_WAITING"


class WorkloadoptimizationV1RecommendationStepLabelUnit(Enum):
    BYTE = "BYTE"
    MILLICORE = "MILLICORE"
    PERCENT = "PERCENT"
    UNIT_UNSPECIFIED = "UNIT_UNSPECIFIED"


class WorkloadoptimizationV1RecommendationStopReasonType(Enum):
    STOP_REASON_OOMKILL = "STOP_REASON_OOMKILL"
    STOP_REASON_UNKNOWN = "STOP_REASON_UNKNOWN"


class WorkloadoptimizationV1ResetSystemOverridesRequestTarget(Enum):
    TARGET_UNSPECIFIED = "TARGET_UNSPECIFIED"
    VERTICAL_OPTIMIZATION = "VERTICAL_OPTIMIZATION"


class WorkloadoptimizationV1ResetSystemOverridesResponseReason(Enum):
    REASON_UNSPECIFIED = "REASON_UNSPECIFIED"
    SYSTEM_OVERRIDE_INACTIVE = "SYSTEM_OVERRIDE_INACTIVE"


class WorkloadoptimizationV1ResetSystemOverridesResponseResult(Enum):
    IGNORED = "IGNORED"
    RESULT_UNSPECIFIED = "RESULT_UNSPECIFIED"
    SUCCESS = "SUCCESS"


class WorkloadoptimizationV1ResourceConfigFunction(Enum):
    MAX = "MAX"
    QUANTILE = "QUANTILE"


class WorkloadoptimizationV1ResourceConfigOverridesFunction(Enum):
    MAX = "MAX"
    QUANTILE = "QUANTILE"


class WorkloadoptimizationV1ResourceLimitStrategyType(Enum):
    KEEP_LIMITS = "KEEP_LIMITS"
    MAINTAIN_RATIO = "MAINTAIN_RATIO"
    MULTIPLIER = "MULTIPLIER"
    NO_LIMIT = "NO_LIMIT"
    UNKNOWN = "UNKNOWN"


class WorkloadoptimizationV1ResourceMetrics(BaseModel):
    avg: float
    avgPredicted: float
    limit: float
    max: float
    min: float
    p25: float
    p50: float
    p75: float
    rec: float
    recPredicted: float
    req: float
    timestamp: AwareDatetime


class WorkloadoptimizationV1ResourcePoliciesFunction(Enum):
    MAX = "MAX"
    QUANTILE = "QUANTILE"


class WorkloadoptimizationV1ResourceQuantity(BaseModel):
    cpuCores: float | None = None
    memoryGib: float | None = None


class WorkloadoptimizationV1ResourceQuotaResource(BaseModel):
    hard: float | None = None
    used: float | None = None


class WorkloadoptimizationV1ResourceThreshold(BaseModel):
    reference: float | None = None
    threshold: float | None = None


class WorkloadoptimizationV1Resources(BaseModel):
    limits: WorkloadoptimizationV1ResourceQuantity | None = None
    requests: WorkloadoptimizationV1ResourceQuantity | None = None


class WorkloadoptimizationV1RolloutBehaviorType(Enum):
    NO_DISRUPTION = "NO_DISRUPTION"
    UNSPECIFIED = "UNSPECIFIED"


class WorkloadoptimizationV1Runtime(Enum):
    GPU = "GPU"
    JVM = "JVM"
    RUNTIME_UNSPECIFIED = "RUNTIME_UNSPECIFIED"


class WorkloadoptimizationV1ScalingBehaviour(BaseModel):
    stabilizationWindowSeconds: int | None = None


class WorkloadoptimizationV1ScalingPolicyConfig(BaseModel):
    id: str
    name: str


class WorkloadoptimizationV1ScalingPolicyOrderUpdatedItem(BaseModel):
    id: str
    name: str


class WorkloadoptimizationV1ScalingPolicyOrigin(Enum):
    ORIGIN_ANNOTATIONS = "ORIGIN_ANNOTATIONS"
    ORIGIN_API = "ORIGIN_API"
    ORIGIN_ASSIGNMENT_RULES = "ORIGIN_ASSIGNMENT_RULES"
    ORIGIN_DEFAULT = "ORIGIN_DEFAULT"
    ORIGIN_UNSET = "ORIGIN_UNSET"


class WorkloadoptimizationV1ScalingPolicySelect(Enum):
    DISABLED_POLICY_SELECT = "DISABLED_POLICY_SELECT"
    MAX_CHANGE_POLICY_SELECT = "MAX_CHANGE_POLICY_SELECT"
    MIN_CHANGE_POLICY_SELECT = "MIN_CHANGE_POLICY_SELECT"
    SCALING_POLICY_SELECT_UNSPECIFIED = "SCALING_POLICY_SELECT_UNSPECIFIED"


class WorkloadoptimizationV1SetScalingPoliciesOrderResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )


class WorkloadoptimizationV1StartupFailureContainer(BaseModel):
    name: str
    probeFailureIncrease: float


class WorkloadoptimizationV1StartupFailureEvent(BaseModel):
    containers: list[WorkloadoptimizationV1StartupFailureContainer]


class WorkloadoptimizationV1StringList(BaseModel):
    values: list[str]


class WorkloadoptimizationV1StringMatch(BaseModel):
    eq: str | None = None
    in_: Annotated[WorkloadoptimizationV1StringList | None, Field(alias="in")] = None
    ne: str | None = None
    notIn: WorkloadoptimizationV1StringList | None = None


class WorkloadoptimizationV1SummaryConfidence(BaseModel):
    threshold: float | None = None
    total: float | None = None


class WorkloadoptimizationV1SurgeContainer(BaseModel):
    name: str
    recommendedBefore: WorkloadoptimizationV1ResourceQuantity
    surge: WorkloadoptimizationV1ResourceQuantity


class WorkloadoptimizationV1SurgeEvent(BaseModel):
    containers: list[WorkloadoptimizationV1SurgeContainer]


class WorkloadoptimizationV1SystemOverrideOrigin(Enum):
    SYSTEM_OVERRIDE_ORIGIN_CONTINUOUS_OOM_KILLED = (
        "SYSTEM_OVERRIDE_ORIGIN_CONTINUOUS_OOM_KILLED"
    )
    SYSTEM_OVERRIDE_ORIGIN_UNBOUND_MEMORY_GROWTH = (
        "SYSTEM_OVERRIDE_ORIGIN_UNBOUND_MEMORY_GROWTH"
    )
    SYSTEM_OVERRIDE_ORIGIN_UNSPECIFIED = "SYSTEM_OVERRIDE_ORIGIN_UNSPECIFIED"


class WorkloadoptimizationV1SystemOverrideResetOrigin(Enum):
    SYSTEM_OVERRIDE_RESET_ORIGIN_ANNOTATIONS_OFF = (
        "SYSTEM_OVERRIDE_RESET_ORIGIN_ANNOTATIONS_OFF"
    )
    SYSTEM_OVERRIDE_RESET_ORIGIN_API_CALL = "SYSTEM_OVERRIDE_RESET_ORIGIN_API_CALL"
    SYSTEM_OVERRIDE_RESET_ORIGIN_EXPIRED = "SYSTEM_OVERRIDE_RESET_ORIGIN_EXPIRED"
    SYSTEM_OVERRIDE_RESET_ORIGIN_UNSPECIFIED = (
        "SYSTEM_OVERRIDE_RESET_ORIGIN_UNSPECIFIED"
    )


class WorkloadoptimizationV1SystemOverrideTarget(Enum):
    SYSTEM_OVERRIDE_TARGET_ALL = "SYSTEM_OVERRIDE_TARGET_ALL"
    SYSTEM_OVERRIDE_TARGET_UNSPECIFIED = "SYSTEM_OVERRIDE_TARGET_UNSPECIFIED"
    SYSTEM_OVERRIDE_TARGET_VERTICAL_OPTIMIZATION = (
        "SYSTEM_OVERRIDE_TARGET_VERTICAL_OPTIMIZATION"
    )


class WorkloadoptimizationV1SystemOverrideTriggeredEvent(BaseModel):
    origin: WorkloadoptimizationV1SystemOverrideOrigin
    target: WorkloadoptimizationV1SystemOverrideTarget


class WorkloadoptimizationV1TimeSeriesMetric(BaseModel):
    timestamp: AwareDatetime
    value: float


class WorkloadoptimizationV1TwoPhaseRecommendations(BaseModel):
    enabled: bool
    requestsOnStartup: WorkloadoptimizationV1ResourceQuantity | None = None


class WorkloadoptimizationV1UnboundMemoryGrowthEvent(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )


class WorkloadoptimizationV1WorkloadEventWorkload(BaseModel):
    id: str
    kind: str
    name: str
    namespace: str


class WorkloadoptimizationV1WorkloadIDMatch(BaseModel):
    eq: str


class WorkloadoptimizationV1WorkloadSystemOverridesVerticalOptimization(BaseModel):
    active: bool


class WorkloadoptimizationV1WorkloadsSummaryMetrics(BaseModel):
    cpuFirstSeenRequestCores: float
    cpuOriginalRequestCores: float
    cpuRecommendationCores: float
    cpuRequestCores: float
    cpuUsageCores: float
    memoryFirstSeenRequestGibs: float
    memoryOriginalRequestGibs: float
    memoryRecommendationGibs: float
    memoryRequestGibs: float
    memoryUsageGibs: float
    timestamp: AwareDatetime


class CastaiEvictorV1EvictionSettings(BaseModel):
    aggressive: CastaiEvictorV1EvictionSettingsSettingEnabled | None = None
    disposable: CastaiEvictorV1EvictionSettingsSettingEnabled | None = None
    removalDisabled: CastaiEvictorV1EvictionSettingsSettingEnabled | None = None


class CastaiEvictorV1LabelSelectorExpression(BaseModel):
    key: str
    operator: CastaiEvictorV1LabelSelectorExpressionOperator
    values: list[str] | None = None


class CastaiInventoryV1beta1AWSRegionReservedInstances(BaseModel):
    availabilityZoneMappings: (
        list[CastaiInventoryV1beta1AWSAvailabilityZoneMapping] | None
    ) = None
    region: str | None = None
    reservedInstances: list[CastaiInventoryV1beta1AWSReservedInstances] | None = None


class CastaiInventoryV1beta1AddReservationResponse(BaseModel):
    reservation: CastaiInventoryV1beta1ReservationDetails | None = None


class CastaiInventoryV1beta1AttachableGPUDevice(BaseModel):
    blacklistedAt: AwareDatetime | None = None
    count: int | None = None
    id: str | None = None
    manufacturer: CastaiInventoryV1beta1AttachableGPUDeviceManufacturer | None = None
    memoryMib: int | None = None
    name: str | None = None
    priceHourly: str | None = None


class CastaiInventoryV1beta1BlockStorageInfo(BaseModel):
    attachmentLimitType: (
        CastaiInventoryV1beta1BlockStorageInfoAttachmentLimitType | None
    ) = None
    baselineBandwidthMbps: int | None = None
    baselineIops: int | None = None
    baselineThroughputMbytesPerS: float | None = None
    ebsOptimizedSupport: (
        CastaiInventoryV1beta1BlockStorageInfoEbsOptimizedSupport | None
    ) = None
    maxBandwidthMbps: int | None = None
    maxEbsAttachments: int | None = None
    maxIops: int | None = None
    maxThroughputMbytesPerS: float | None = None


class CastaiInventoryV1beta1DiscountPricing(BaseModel):
    from_: Annotated[int | None, Field(alias="from")] = None
    to: int | None = None
    type: CastaiInventoryV1beta1DiscountPricingType | None = None
    value: str | None = None


class CastaiInventoryV1beta1GCPCommitmentImport(BaseModel):
    autoRenew: bool | None = None
    category: str | None = None
    creationTimestamp: str | None = None
    description: str | None = None
    endTimestamp: str | None = None
    id: str | None = None
    kind: str | None = None
    name: str | None = None
    plan: str | None = None
    region: str | None = None
    resources: list[CastaiInventoryV1beta1GCPResource] | None = None
    selfLink: str | None = None
    startTimestamp: str | None = None
    status: str | None = None
    statusMessage: str | None = None
    type: str | None = None


class CastaiInventoryV1beta1GCPReservationLocalSsd(BaseModel):
    diskSizeGb: str | None = None
    interface: CastaiInventoryV1beta1GCPReservationLocalSsdInterface | None = None


class CastaiInventoryV1beta1GCPReservationShareSettings(BaseModel):
    projectIds: list[str] | None = None
    shareType: CastaiInventoryV1beta1GCPReservationShareType | None = None


class CastaiInventoryV1beta1GPUDevice(BaseModel):
    blacklistedAt: AwareDatetime | None = None
    count: int | None = None
    countUnit: CastaiInventoryV1beta1GPUCountUnit | None = None
    id: str | None = None
    manufacturer: CastaiInventoryV1beta1GPUDeviceManufacturer | None = None
    memoryMib: int | None = None
    name: str | None = None
    priceHourly: str | None = None


class CastaiInventoryV1beta1GPUInfo(BaseModel):
    gpuDevices: list[CastaiInventoryV1beta1GPUDevice] | None = None


class CastaiInventoryV1beta1GetCommitmentUsageHistoryResponse(BaseModel):
    items: list[CastaiInventoryV1beta1UsageAtTime] | None = None
    summary: CastaiInventoryV1beta1Usage | None = None


class CastaiInventoryV1beta1GetReservationsResponse(BaseModel):
    reservations: list[CastaiInventoryV1beta1ReservationDetails] | None = None


class CastaiInventoryV1beta1InstanceTypeAvailability(BaseModel):
    type: CastaiInventoryV1beta1InstanceTypeAvailabilityType | None = None


class CastaiInventoryV1beta1ListZonesResponse(BaseModel):
    nextPageToken: str | None = None
    zones: list[CastaiInventoryV1beta1Zone] | None = None


class CastaiInventoryV1beta1NodeUsageAWS(BaseModel):
    capacityReservationId: str | None = None
    capacityReservationType: (
        CastaiInventoryV1beta1NodeUsageAWSCapacityReservationType | None
    ) = None


class CastaiInventoryV1beta1NodeUsageGCP(BaseModel):
    capacityReservationId: str | None = None
    capacityReservationType: (
        CastaiInventoryV1beta1NodeUsageGCPCapacityReservationType | None
    ) = None


class CastaiInventoryV1beta1OverwriteReservationsResponse(BaseModel):
    reservations: list[CastaiInventoryV1beta1ReservationDetails] | None = None


class CastaiInventoryV1beta1Region(BaseModel):
    category: str | None = None
    createTime: AwareDatetime | None = None
    csp: str | None = None
    displayName: str | None = None
    id: str | None = None
    key: str | None = None
    name: str | None = None
    unavailabilityTime: AwareDatetime | None = None
    updateTime: AwareDatetime | None = None
    zones: list[CastaiInventoryV1beta1RegionZone] | None = None


class CastaiInventoryV1beta1StorageInfoDevice(BaseModel):
    sizeGib: int | None = None
    type: CastaiInventoryV1beta1StorageInfoDeviceType | None = None


class CastaiInventoryV1beta1StorageInfoEphemeralOSDisksInfo(BaseModel):
    maxSizeGib: int | None = None
    placementOptions: (
        list[CastaiInventoryV1beta1StorageInfoEphemeralOSDisksInfoPlacementInfo] | None
    ) = None
    placements: (
        list[CastaiInventoryV1beta1StorageInfoEphemeralOSDisksInfoPlacement] | None
    ) = None


class CastaiOperationsV1beta1Operation(BaseModel):
    createdAt: AwareDatetime | None = None
    done: bool | None = None
    error: CastaiOperationsV1beta1OperationError | None = None
    finishedAt: AwareDatetime | None = None
    id: str | None = None


class CastaiRbacV1beta1CreateGroupRequestGroupDefinition(BaseModel):
    members: list[CastaiRbacV1beta1Member] | None = None


class CastaiRbacV1beta1GroupDefinition(BaseModel):
    author: CastaiRbacV1beta1Author
    members: list[CastaiRbacV1beta1Member] | None = None


class CastaiRbacV1beta1LabelSelector(BaseModel):
    condition: CastaiRbacV1beta1LabelSelectorCondition
    requirements: list[CastaiRbacV1beta1LabelSelectorRequirement]


class CastaiRbacV1beta1PermissionGroup(BaseModel):
    categoryDescription: str | None = None
    categoryDisplayName: str | None = None
    categoryProduct: CastaiRbacV1beta1ProductType | None = None
    description: str | None = None
    displayName: str | None = None
    name: str | None = None
    permissions: list[CastaiRbacV1beta1Permissions] | None = None
    resourceDescription: str | None = None
    resourceDisplayName: str | None = None


class CastaiRbacV1beta1Role(BaseModel):
    createdAt: AwareDatetime | None = None
    default: bool | None = None
    definition: CastaiRbacV1beta1RoleDefinition
    deprecated: bool | None = None
    description: str | None = None
    id: str | None = None
    level: int | None = None
    name: str | None = None
    organizationId: str | None = None
    updatedAt: AwareDatetime | None = None


class CastaiRbacV1beta1Subject(BaseModel):
    group: CastaiRbacV1beta1GroupSubject | None = None
    serviceAccount: CastaiRbacV1beta1ServiceAccountSubject | None = None
    user: CastaiRbacV1beta1UserSubject | None = None


class CastaiServiceaccountsV1beta1CreateServiceAccountResponse(BaseModel):
    author: CastaiServiceaccountsV1beta1CreateServiceAccountResponseAuthor | None = None
    createdAt: AwareDatetime | None = None
    description: str | None = None
    email: str | None = None
    id: str | None = None
    name: str | None = None


class CastaiServiceaccountsV1beta1GetServiceAccountKeyResponse(BaseModel):
    key: CastaiServiceaccountsV1beta1ServiceAccountKey


class CastaiServiceaccountsV1beta1ListServiceAccountKeysResponse(BaseModel):
    keys: list[CastaiServiceaccountsV1beta1ServiceAccountKey] | None = None
    nextPage: CastaiPaginationV1beta1Page
    totalCount: str | None = None


class CastaiServiceaccountsV1beta1ServiceAccount(BaseModel):
    author: CastaiServiceaccountsV1beta1ServiceAccountAuthor | None = None
    createdAt: AwareDatetime | None = None
    description: str | None = None
    email: str | None = None
    id: str | None = None
    keys: list[CastaiServiceaccountsV1beta1ServiceAccountKey] | None = None
    keysCount: int | None = None
    managedBy: str | None = None
    name: str | None = None
    organizationId: str | None = None


class CastaiServiceaccountsV1beta1UpdateServiceAccountResponse(BaseModel):
    serviceAccount: CastaiServiceaccountsV1beta1ServiceAccount


class CastaiSsoV1beta1OIDC(BaseModel):
    clientId: str
    clientSecret: str | None = None
    issuerUrl: str
    type: CastaiSsoV1beta1OIDCType


class CastaiSsoV1beta1SSOConnection(BaseModel):
    aad: CastaiSsoV1beta1AzureAAD | None = None
    additionalEmailDomains: list[str] | None = None
    createdAt: AwareDatetime | None = None
    defaultRoleId: str | None = None
    emailDomain: str
    error: str | None = None
    id: str | None = None
    isSynced: bool | None = None
    name: str
    oidc: CastaiSsoV1beta1OIDC | None = None
    okta: CastaiSsoV1beta1Okta | None = None
    saml: CastaiSsoV1beta1SAML | None = None
    status: CastaiSsoV1beta1SSOConnectionStatus | None = None
    updatedAt: AwareDatetime | None = None


class CastaiSsoV1beta1UpdateSSOConnection(BaseModel):
    aad: CastaiSsoV1beta1AzureAAD | None = None
    additionalEmailDomains: list[str] | None = None
    defaultRoleId: str | None = None
    emailDomain: str | None = None
    name: str | None = None
    oidc: CastaiSsoV1beta1OIDC | None = None
    okta: CastaiSsoV1beta1Okta | None = None
    saml: CastaiSsoV1beta1SAML | None = None


class CastaiUsersV1beta1InvitationRoleBinding(BaseModel):
    roleId: str | None = None
    scopes: list[CastaiUsersV1beta1InvitationRoleBindingScope] | None = None


class CastaiUsersV1beta1ListOrganizationsResponse(BaseModel):
    organizations: list[CastaiUsersV1beta1UserOrganization]


class CastaiUsersV1beta1Membership(BaseModel):
    createdAt: AwareDatetime | None = None
    groups: list[CastaiUsersV1beta1GroupRef] | None = None
    loginAt: AwareDatetime | None = None
    role: Any | None = None
    user: CastaiUsersV1beta1User


class CastaiUsersV1beta1NewMembershipByEmail(BaseModel):
    groupIds: list[str] | None = None
    role: Any | None = None
    roleBindings: list[CastaiUsersV1beta1InvitationRoleBinding] | None = None
    userEmail: str


class CastaiUsersV1beta1Organization(BaseModel):
    billingType: str | None = None
    createdAt: AwareDatetime | None = None
    id: str | None = None
    metadata: CastaiUsersV1beta1OrganizationMetadata | None = None
    name: str
    parentId: str | None = None
    type: CastaiUsersV1beta1OrganizationType | None = None


class CastaiUsersV1beta1PendingInvitation(BaseModel):
    id: str | None = None
    inviteEmail: str
    role: Any | None = None
    roleBindings: list[CastaiUsersV1beta1InvitationRoleBinding] | None = None
    validUntil: AwareDatetime | None = None


class CostreportV1beta1AllocationGroupFilterLabelValue(BaseModel):
    label: str | None = None
    operator: CostreportV1beta1AllocationGroupFilterLabelValueOperator | None = None
    value: str | None = None


class CostreportV1beta1GetAllocationGroupCostSummariesResponseGroupItem(BaseModel):
    groupId: str | None = None
    groupName: str | None = None
    summary: CostreportV1beta1GetAllocationGroupCostSummariesResponseSummary | None = (
        None
    )
    versions: list[CostreportV1beta1AllocationGroupVersionDetails] | None = None


class CostreportV1beta1GetAllocationGroupCostTimedSummariesResponseGroupItem(BaseModel):
    groupId: str | None = None
    groupName: str | None = None
    items: (
        list[CostreportV1beta1GetAllocationGroupCostTimedSummariesResponseSummary]
        | None
    ) = None
    versions: list[CostreportV1beta1AllocationGroupVersionDetails] | None = None


class CostreportV1beta1GetAllocationGroupEfficiencySummaryResponseCostAllocationGroupItem(
    BaseModel
):
    costImpact: CostreportV1beta1CostImpact | None = None
    groupId: str | None = None
    groupName: str | None = None
    requests: CostreportV1beta1Resources | None = None
    totalCostImpact: str | None = None
    usage: CostreportV1beta1Resources | None = None
    versions: list[CostreportV1beta1AllocationGroupVersionDetails] | None = None
    waste: CostreportV1beta1Resources | None = None
    workloadCount: int | None = None


class CostreportV1beta1GetAllocationGroupTotalCostTimedResponse(BaseModel):
    count: str | None = None
    items: (
        list[CostreportV1beta1GetAllocationGroupTotalCostTimedResponseGroupItem] | None
    ) = None
    nextCursor: str | None = None


class CostreportV1beta1GetAllocationGroupWorkloadCostsResponse(BaseModel):
    count: str | None = None
    groupId: str | None = None
    groupName: str | None = None
    items: (
        list[CostreportV1beta1GetAllocationGroupWorkloadCostsResponseWorkloadItem]
        | None
    ) = None
    nextCursor: str | None = None


class CostreportV1beta1GetAllocationGroupWorkloadsEfficiencyResponseWorkloadItem(
    BaseModel
):
    clusterId: str | None = None
    costImpact: CostreportV1beta1CostImpact | None = None
    namespace: str | None = None
    podCount: str | None = None
    requests: CostreportV1beta1Resources | None = None
    totalCostImpact: str | None = None
    totalPodCount: str | None = None
    usage: CostreportV1beta1Resources | None = None
    waste: CostreportV1beta1Resources | None = None
    workloadName: str | None = None
    workloadType: str | None = None


class CostreportV1beta1GetCostAllocationGroupDataTransferSummaryResponseCostItem(
    BaseModel
):
    egressMetrics: (
        CostreportV1beta1GetCostAllocationGroupDataTransferSummaryResponseDataTransferCostItem
        | None
    ) = None
    ingressMetrics: (
        CostreportV1beta1GetCostAllocationGroupDataTransferSummaryResponseDataTransferCostItem
        | None
    ) = None
    timestamp: AwareDatetime | None = None


class CostreportV1beta1GetCostAllocationGroupDataTransferWorkloadsResponseClusterDetails(
    BaseModel
):
    clusterId: str | None = None
    items: (
        list[
            CostreportV1beta1GetCostAllocationGroupDataTransferWorkloadsResponseWorkloadItem
        ]
        | None
    ) = None


class DboV1CacheQuery(BaseModel):
    averageExecutionTime: float | None = None
    averageHitExecutionTime: float | None = None
    averageMissExecutionTime: float | None = None
    cacheEnabled: bool | None = None
    cacheHits: str | None = None
    cacheMisses: str | None = None
    cacheMode: DboV1TTLMode | None = None
    dbTimeSavedPercent: float | None = None
    efficiency: float | None = None
    medianExecutionTime: float | None = None
    projectedCacheHits: str | None = None
    projectedDbTimeSavedPercent: float | None = None
    projectedHitRate: float | None = None
    ruleId: str | None = None
    ruleType: DboV1RuleType | None = None
    template: str | None = None
    templateHash: str | None = None
    totalDbTime: str | None = None
    totalExecutionTime: str | None = None
    totalQueries: str | None = None
    ttl: int | None = None
    uniqueQueries: str | None = None
    uniqueResults: str | None = None


class DboV1Caching(BaseModel):
    defaultTtl: DboV1TTLMode | None = None
    enabled: bool | None = None


class DboV1DatabaseInstanceConfiguration(BaseModel):
    cloud: CastaiV1Cloud | None = None
    hostname: str
    port: int
    type: DboV1DatabaseType


class DboV1DatabaseInstanceLogicalDatabase(BaseModel):
    cacheDefaultTtl: DboV1TTLMode | None = None
    cacheEnabled: bool
    cacheId: str | None = None
    connectionString: str | None = None
    connectionStrings: list[str] | None = None
    id: str
    metrics: DboV1DatabaseInstanceLogicalDatabaseMetrics | None = None
    name: str


class DboV1Event(BaseModel):
    eventType: DboV1EventType
    timestamp: AwareDatetime


class DboV1GetCacheQueriesResponse(BaseModel):
    items: list[DboV1CacheQuery] | None = None
    nextPage: CastaiPaginationV1beta1Page | None = None
    totalCount: str | None = None


class DboV1OperationalMetricsSummary(BaseModel):
    databases: list[DboV1OperationalMetricsSummaryCacheConfigurationMetrics]


class DboV1PoolingEligibilityInsight(BaseModel):
    description: str
    documentationLink: str
    lastSeen: AwareDatetime
    summary: str
    type: DboV1TrafficInsightsType


class DboV1ProxyStateCacheConfigState(BaseModel):
    cacheId: str
    configVersion: int
    dbStatus: DboV1ProxyStateDatabaseConnectionStatus


class DboV1ProxyStateTrafficInsights(BaseModel):
    timestamp: AwareDatetime
    type: DboV1TrafficInsightsType


class DboV1RDS(BaseModel):
    account: str
    clusterName: str | None = None
    currentInstanceDetails: DboV1RDSInstanceDetails
    performanceInsightsEnabled: bool
    potentialSavings: str | None = None
    potentialSavingsFraction: str | None = None
    proposedInstanceDetails: DboV1RDSInstanceDetails | None = None
    region: str
    writer: bool | None = None


class DboV1Registration(BaseModel):
    deleteAccount: DboV1DeleteAccountParams | None = None
    deployCache: DboV1DeployCacheParams | None = None
    deployDbAgent: DboV1DeployDBAgentParams | None = None
    deployDbo: DboV1DeployDBOParams | None = None
    executeCommand: str | None = None
    id: str | None = None
    phaseOne: DboV1PhaseOneParams | None = None
    type: DboV1RegistrationType | None = None
    uninstallCache: DboV1UninstallCacheParams | None = None
    uninstallDbAgent: DboV1UninstallDBAgentParams | None = None


class DboV1TTLConfiguration(BaseModel):
    id: str | None = None
    manualTtl: int | None = None
    mode: DboV1TTLMode
    table: str | None = None
    template: str | None = None
    templateHash: str | None = None


class ExternalClusterAPIGCPCreateSARequest(BaseModel):
    aks: ExternalclusterV1GCPCreateSARequestAKSClusterParams | None = None
    gke: ExternalclusterV1UpdateGKEClusterParams | None = None


class ExternalClusterAPIGKECreateSARequest(BaseModel):
    gke: ExternalclusterV1UpdateGKEClusterParams | None = None


class ExternalclusterV1AKSClusterParams(BaseModel):
    clusterResourceGroup: str | None = None
    httpProxyConfig: ExternalclusterV1HttpProxyConfig | None = None
    maxPodsPerNode: int | None = None
    networkPlugin: str | None = None
    nodeResourceGroup: str | None = None
    podCidr: str | None = None
    region: str | None = None
    subscriptionId: str | None = None
    tenantId: str | None = None
    zoneNamePattern: str | None = None


class ExternalclusterV1AWSNodeConfigCapacityReservation(BaseModel):
    id: str | None = None
    resourceGroupArn: str | None = None
    type: ExternalclusterV1AWSNodeConfigCapacityReservationType | None = None


class ExternalclusterV1ClusterReconcileInfo(BaseModel):
    error: str | None = None
    errorCount: int | None = None
    mode: ExternalclusterV1ClusterReconcileInfoReconcileMode | None = None
    reconciledAt: AwareDatetime | None = None
    retryAt: AwareDatetime | None = None
    startedAt: AwareDatetime | None = None
    status: ExternalclusterV1ClusterReconcileInfoReconcileStatus | None = None


class ExternalclusterV1ClusterUpdate(BaseModel):
    aks: ExternalclusterV1UpdateAKSClusterParams | None = None
    credentials: str | None = None
    eks: ExternalclusterV1UpdateEKSClusterParams | None = None
    gke: ExternalclusterV1UpdateGKEClusterParams | None = None
    selfHostedWithEc2Nodes: (
        ExternalclusterV1UpdateSelfHostedWithEC2NodesParams | None
    ) = None


class ExternalclusterV1GCPNodeConfig(BaseModel):
    reservationAffinity: ExternalclusterV1GCPNodeConfigReservationAffinity | None = None


class ExternalclusterV1GPUConfig(BaseModel):
    count: int | None = None
    migConfig: ExternalclusterV1MIGConfig | None = None
    mps: ExternalclusterV1MPS | None = None
    timeSharing: ExternalclusterV1GPUTimeSharing | None = None
    type: str | None = None


class ExternalclusterV1GetListNodesFiltersResponse(BaseModel):
    filters: list[ExternalclusterV1NodeListFilter] | None = None


class ExternalclusterV1GetNodeBatchResponseCreatedNode(BaseModel):
    instanceType: str | None = None
    nodeId: str | None = None
    status: ExternalclusterV1GetNodeBatchResponseNodeStatus | None = None


class ExternalclusterV1KarpenterAttribute(BaseModel):
    kentEligibility: ExternalclusterV1KentEligibility | None = None
    version: str | None = None


class ExternalclusterV1Node(BaseModel):
    addedBy: str | None = None
    annotations: dict[str, str]
    cloud: str
    createdAt: AwareDatetime
    gpuInfo: ExternalclusterV1GPUInfo | None = None
    id: str
    instanceArchitecture: str | None = None
    instanceId: str | None = None
    instanceLabels: dict[str, str] | None = None
    instanceName: str | None = None
    instancePrice: str | None = None
    instanceType: str
    joinedAt: AwareDatetime | None = None
    labels: dict[str, str]
    name: str
    network: ExternalclusterV1NodeNetwork | None = None
    nodeConfigurationId: str | None = None
    nodeInfo: ExternalclusterV1NodeInfo | None = None
    providerId: str | None = None
    resources: ExternalclusterV1Resources
    role: ExternalclusterV1NodeType
    spotConfig: ExternalclusterV1NodeSpotConfig
    state: ExternalclusterV1NodeState
    subnetId: str | None = None
    taints: list[ExternalclusterV1Taint]
    unschedulable: bool
    zone: str | None = None


class ExternalclusterV1NodeVolume(BaseModel):
    raidConfig: ExternalclusterV1RaidConfig | None = None
    size: int | None = None
    stopEnabled: bool | None = None


class ExternalclusterV1RegisterClusterRequest(BaseModel):
    aks: ExternalclusterV1AKSClusterParams | None = None
    anywhere: ExternalclusterV1AnywhereClusterParams | None = None
    castwareInstallMethod: ExternalclusterV1ClusterCastwareInstallMethod | None = None
    eks: ExternalclusterV1EKSClusterParams | None = None
    gke: ExternalclusterV1GKEClusterParams | None = None
    id: str | None = None
    kops: ExternalclusterV1KOPSClusterParams | None = None
    name: str
    oke: ExternalclusterV1OKEClusterParams | None = None
    openshift: ExternalclusterV1OpenshiftClusterParams | None = None
    organizationId: str | None = None
    selfHostedWithEc2Nodes: ExternalclusterV1SelfHostedWithEC2NodesParams | None = None


class GoogleApiHttpBody(BaseModel):
    contentType: str | None = None
    data: Base64Str | None = None
    extensions: list[GoogleProtobufAny] | None = None


class GroupsIsTheGroupsToBeUpdated(BaseModel):
    definition: CastaiRbacV1beta1UpdateGroupRequestGroupDefinition
    description: str | None = None
    labelSelector: CastaiRbacV1beta1LabelSelector | None = None
    name: str


class K8sSelectorV1KubernetesNodeAffinity(BaseModel):
    key: str
    operator: K8sSelectorV1Operator
    values: list[str]


class NodeconfigV1AKSConfigLoadBalancers(BaseModel):
    id: str | None = None
    ipBasedBackendPools: (
        list[NodeconfigV1AKSConfigLoadBalancersIPBasedBackendPool] | None
    ) = None
    name: str | None = None
    nicBasedBackendPools: (
        list[NodeconfigV1AKSConfigLoadBalancersNICBasedBackendPool] | None
    ) = None


class NodeconfigV1AKSConfigOsDiskEphemeral(BaseModel):
    cacheType: NodeconfigV1AKSConfigOsDiskEphemeralCacheType | None = None
    placement: NodeconfigV1AKSConfigOsDiskEphemeralPlacement | None = None


class NodeconfigV1AKSConfigPublicIP(BaseModel):
    idleTimeoutInMinutes: int | None = None
    ipPrefix: str | None = None
    tags: list[NodeconfigV1AKSConfigPublicIPAKSPublicIPTags] | None = None


class NodeconfigV1EKSConfig(BaseModel):
    dnsClusterIp: str | None = None
    enaQueueCountPerInterface: int | None = None
    imageFamily: NodeconfigV1EKSConfigImageFamily | None = None
    imdsHopLimit: int | None = None
    imdsV1: bool | None = None
    instanceProfileArn: str
    ipsPerPrefix: int | None = None
    keyPairId: str | None = None
    maxPodsPerNodeFormula: str | None = None
    nodeGroupArn: str | None = None
    securityGroups: list[str] | None = None
    targetGroup: NodeconfigV1TargetGroup | None = None
    targetGroups: list[NodeconfigV1TargetGroup] | None = None
    threadsPerCpu: int | None = None
    volumeIops: int | None = None
    volumeKmsKeyArn: str | None = None
    volumeThroughput: int | None = None
    volumeType: str | None = None


class NodeconfigV1GKEConfigLoadBalancers(BaseModel):
    targetBackendPools: (
        list[NodeconfigV1GKEConfigLoadBalancersTargetBackendPools] | None
    ) = None
    unmanagedInstanceGroups: (
        list[NodeconfigV1GKEConfigLoadBalancersUnmanagedInstanceGroups] | None
    ) = None


class NodeconfigV1GetSuggestedConfigurationResponse(BaseModel):
    instanceProfiles: list[NodeconfigV1InstanceProfile] | None = None
    securityGroups: list[NodeconfigV1SecurityGroup] | None = None
    subnets: list[NodeconfigV1SubnetDetails] | None = None


class NodeconfigV1SelfHostedWithEC2NodesConfig(BaseModel):
    amiSelector: list[NodeconfigV1AmiSelector] | None = None
    imageFamily: NodeconfigV1SelfHostedWithEC2NodesConfigImageFamily | None = None
    imdsHopLimit: int | None = None
    imdsV1: bool | None = None
    instanceProfileArn: str
    keyPairId: str | None = None
    securityGroups: list[str] | None = None
    volumes: list[NodeconfigV1EC2VolumesConfig] | None = None


class NodetemplatesV1AvailableInstanceType(BaseModel):
    architecture: str | None = None
    availableGpuDevices: list[NodetemplatesV1AvailableInstanceTypeGPUDevice] | None = (
        None
    )
    burstable: bool | None = None
    cpu: str | None = None
    cpuCost: float | None = None
    cpuManufacturers: list[str] | None = None
    csp: str | None = None
    customerSpecific: bool | None = None
    family: str | None = None
    isBareMetal: bool | None = None
    isComputeOptimized: bool | None = None
    memory: str | None = None
    name: str | None = None
    os: NodetemplatesV1AvailableInstanceTypeOs | None = None
    region: str | None = None
    storageOptimizedOption: (
        NodetemplatesV1AvailableInstanceTypeStorageOptimizedOption | None
    ) = None
    zone: str | None = None


class NodetemplatesV1FilterInstanceTypesResponse(BaseModel):
    availableInstanceTypes: list[NodetemplatesV1AvailableInstanceType] | None = None


class NodetemplatesV1GPU(BaseModel):
    defaultSharedClientsPerGpu: int | None = None
    enableTimeSharing: bool | None = None
    sharingConfiguration: dict[str, NodetemplatesV1SharedGPU] | None = None
    sharingStrategy: NodetemplatesV1GPUSharingStrategy | None = None
    userManagedGpuDrivers: bool | None = None


class NodetemplatesV1Taint(BaseModel):
    effect: NodetemplatesV1TaintEffect | None = None
    key: str | None = None
    value: str | None = None


class NodetemplatesV1TemplateConstraintsAWSConstraintsCapacityReservation(BaseModel):
    capacityResourceGroupArn: str | None = None
    id: str | None = None
    type: (
        NodetemplatesV1TemplateConstraintsAWSConstraintsCapacityReservationType | None
    ) = None


class NodetemplatesV1TemplateConstraintsDedicatedNodeAffinity(BaseModel):
    affinity: list[K8sSelectorV1KubernetesNodeAffinity] | None = None
    azName: str | None = None
    cpusPerGpu: int | None = None
    instanceTypes: list[str] | None = None
    maxCpu: int | None = None
    minGpusPerNode: int | None = None
    name: str | None = None


class PoliciesV1Evictor(BaseModel):
    aggressiveMode: bool | None = None
    allowed: bool | None = None
    cleanupKarpenterNodes: bool | None = None
    cycleInterval: str | None = None
    dryRun: bool | None = None
    enabled: bool | None = None
    ignorePodDisruptionBudgets: bool | None = None
    nodeGracePeriodMinutes: int | None = None
    podEvictionFailureBackOffInterval: str | None = None
    scopedMode: bool | None = None
    softTainting: bool | None = None
    status: PoliciesV1EvictorStatus | None = None


class PoliciesV1GetClusterNodeConstraintsResponse(BaseModel):
    clusterId: str | None = None
    items: list[PoliciesV1GetClusterNodeConstraintsResponseCpuRam] | None = None


class PoliciesV1NodeDownscaler(BaseModel):
    emptyNodes: PoliciesV1NodeDownscalerEmptyNodes | None = None
    enabled: bool | None = None
    evictor: PoliciesV1Evictor | None = None


class PoliciesV1PodPinner(BaseModel):
    enabled: bool | None = None
    status: PoliciesV1PodPinnerStatus | None = None


class PoliciesV1SpotInterruptionPredictions(BaseModel):
    enabled: bool | None = None
    type: PoliciesV1SpotInterruptionPredictionsType | None = None


class PoliciesV1UnschedulablePodsPolicy(BaseModel):
    customInstancesEnabled: bool | None = None
    diskGibToCpuRatio: int | None = None
    enabled: bool | None = None
    headroom: PoliciesV1Headroom | None = None
    headroomSpot: PoliciesV1Headroom | None = None
    nodeConstraints: PoliciesV1NodeConstraints | None = None
    podPinner: PoliciesV1PodPinner | None = None


class RuntimeSecurityAPIEditRuleRequest(BaseModel):
    enabled: bool
    labels: dict[str, str] | None = None
    resourceSelector: str | None = None
    ruleText: str | None = None
    severity: RuntimeV1Severity


class RuntimeV1Anomaly(BaseModel):
    ackedAt: AwareDatetime | None = None
    assignedUser: str | None = None
    closedAt: AwareDatetime | None = None
    closedReason: RuntimeV1CloseReason | None = None
    closedReasonDescription: str | None = None
    clusterId: str | None = None
    createdAt: AwareDatetime | None = None
    id: str | None = None
    name: str | None = None
    namespace: str | None = None
    ruleId: str | None = None
    status: RuntimeV1AnomalyStatus | None = None
    type: str | None = None
    updatedAt: AwareDatetime | None = None
    workload: str | None = None
    workloadId: str | None = None
    workloadKind: str | None = None


class RuntimeV1CloseAnomaliesRequest(BaseModel):
    ids: list[str] | None = None
    reason: RuntimeV1CloseReason | None = None
    reasonDescription: str | None = None


class RuntimeV1CreateRuleRequest(BaseModel):
    category: str
    enabled: bool | None = None
    labels: dict[str, str] | None = None
    name: str
    resourceSelector: str | None = None
    ruleEngineType: RuntimeV1RuleEngineType
    ruleText: str
    severity: RuntimeV1Severity


class RuntimeV1GetAnomaliesResponse(BaseModel):
    anomalies: list[RuntimeV1Anomaly] | None = None
    count: int | None = None
    nextCursor: str | None = None
    previousCursor: str | None = None


class RuntimeV1GetAnomalyResponse(BaseModel):
    anomaly: RuntimeV1Anomaly | None = None
    events: list[RuntimeV1AnomalyEvent] | None = None
    ticket: RuntimeV1Ticket | None = None


class RuntimeV1GetNetflowGraphResponse(BaseModel):
    edges: list[RuntimeV1NetflowGraphEdge] | None = None
    vertices: list[RuntimeV1NetflowGraphVertex] | None = None


class RuntimeV1GetNetflowListResponse(BaseModel):
    columns: list[RuntimeV1Column] | None = None
    nextCursor: str | None = None
    rows: list[RuntimeV1Row] | None = None


class RuntimeV1GetNetflowTrendResponse(BaseModel):
    timeseries: list[RuntimeV1GetNetflowTrendResponseItems] | None = None


class RuntimeV1GetRuntimeEventGroupsResponse(BaseModel):
    columns: list[RuntimeV1Column] | None = None
    nextCursor: str | None = None
    previousCursor: str | None = None
    rows: list[RuntimeV1Row] | None = None


class RuntimeV1GetRuntimeEventsProcessTreeResponse(BaseModel):
    items: list[RuntimeV1GetRuntimeEventsProcessTreeResponseEventProcess] | None = None


class RuntimeV1GetRuntimeEventsResponse(BaseModel):
    items: list[RuntimeV1GetRuntimeEventsResponseRuntimeEvent] | None = None
    nextCursor: str | None = None
    previousCursor: str | None = None


class RuntimeV1ListEntry(BaseModel):
    kind: RuntimeV1ListEntryKind | None = None
    value: str | None = None


class RuntimeV1ListHeaderWithRules(BaseModel):
    header: RuntimeV1ListHeader | None = None
    usedByRules: list[RuntimeV1RuleHeader] | None = None


class RuntimeV1Rule(BaseModel):
    anomaliesCount: int | None = None
    category: str | None = None
    enabled: bool | None = None
    id: str | None = None
    isBuiltIn: bool | None = None
    labels: dict[str, str] | None = None
    name: str | None = None
    resourceSelector: str | None = None
    ruleEngineType: RuntimeV1RuleEngineType | None = None
    ruleText: str | None = None
    severity: RuntimeV1Severity | None = None
    type: str | None = None
    usedCustomLists: list[RuntimeV1ListHeader] | None = None


class RuntimeV1ValidateRequest(BaseModel):
    ruleText: str | None = None
    type: RuntimeV1ValidationType | None = None


class RuntimeV1ValidateResponse(BaseModel):
    error: str | None = None
    locations: list[RuntimeV1ValidationError] | None = None
    valid: bool | None = None


class RuntimeV1WorkloadNetflow(BaseModel):
    destinations: list[RuntimeV1WorkloadNetflowDestination] | None = None
    namespace: str | None = None
    region: str | None = None
    workloadKind: str | None = None
    workloadName: str | None = None
    zone: str | None = None


class ScheduledrebalancingV1ListAvailableRebalancingTZResponse(BaseModel):
    timeZones: list[ScheduledrebalancingV1TimeZone] | None = None


class ScheduledrebalancingV1ListRebalancingJobsResponse(BaseModel):
    jobs: list[ScheduledrebalancingV1RebalancingJob]


class ScheduledrebalancingV1NodeSelector(BaseModel):
    nodeSelectorTerms: list[ScheduledrebalancingV1NodeSelectorTerm] | None = None


class WorkloadOptimizationAPIResetSystemOverridesRequest(BaseModel):
    target: WorkloadoptimizationV1ResetSystemOverridesRequestTarget


class WorkloadoptimizationV1AggregatedCustomMetricGroup(BaseModel):
    dataPoints: list[WorkloadoptimizationV1CustomMetricDataPoint]
    metricName: str
    unit: WorkloadoptimizationV1CustomMetricUnit


class WorkloadoptimizationV1AnomalyDetectionSettings(BaseModel):
    cpuPressure: WorkloadoptimizationV1CPUPressureSettings | None = None
    infiniteMemoryScaling: (
        WorkloadoptimizationV1InfiniteMemoryScalingSettings | None
    ) = None


class WorkloadoptimizationV1ApplyThresholdStrategy(BaseModel):
    customAdaptiveThreshold: (
        WorkloadoptimizationV1ApplyThresholdStrategyCustomAdaptiveThreshold | None
    ) = None
    defaultAdaptiveThreshold: (
        WorkloadoptimizationV1ApplyThresholdStrategyDefaultAdaptiveThreshold | None
    ) = None
    percentageThreshold: (
        WorkloadoptimizationV1ApplyThresholdStrategyPercentageThreshold | None
    ) = None


class WorkloadoptimizationV1CPUPressureResolvedEvent(BaseModel):
    containers: list[WorkloadoptimizationV1PSIPressureResolvedContainer]


class WorkloadoptimizationV1ConstraintsV2(BaseModel):
    max: WorkloadoptimizationV1ConstraintsV2Strategy | None = None
    min: WorkloadoptimizationV1ConstraintsV2Strategy | None = None


class WorkloadoptimizationV1Container(BaseModel):
    firstSeenResources: WorkloadoptimizationV1Resources | None = None
    name: str
    originalResources: WorkloadoptimizationV1Resources | None = None
    recommendation: WorkloadoptimizationV1Resources | None = None
    resources: WorkloadoptimizationV1Resources | None = None
    runtime: WorkloadoptimizationV1Runtime | None = None


class WorkloadoptimizationV1ContainerConstraintsV3(BaseModel):
    constraints: WorkloadoptimizationV1ConstraintsV2 | None = None
    max: float | None = None
    min: float | None = None


class WorkloadoptimizationV1ContainerThresholds(BaseModel):
    cpu: WorkloadoptimizationV1ResourceThreshold | None = None
    memory: WorkloadoptimizationV1ResourceThreshold | None = None


class WorkloadoptimizationV1CpuMetrics(BaseModel):
    totalCpuCores: list[WorkloadoptimizationV1TimeSeriesMetric]
    totalCpuCoresMax: float
    totalCpuCoresMin: float


class WorkloadoptimizationV1CustomMetricGroup(BaseModel):
    metricName: str
    series: list[WorkloadoptimizationV1CustomMetricSeries]
    unit: WorkloadoptimizationV1CustomMetricUnit


class WorkloadoptimizationV1CustomMetricsDataSourceDataNodeWorkloadMetricsResolvedMetric(
    BaseModel
):
    errors: list[str] | None = None
    name: str
    origin: WorkloadoptimizationV1CustomMetricsDataSourceDataNodeWorkloadMetricsResolvedMetricOrigin
    warnings: list[str] | None = None


class WorkloadoptimizationV1CustomMetricsDataSourceDataPrometheusMetricsResolvedMetricQuery(
    BaseModel
):
    origin: WorkloadoptimizationV1CustomMetricsDataSourceDataPrometheusMetricsResolvedMetricQueryOrigin
    value: str


class WorkloadoptimizationV1CustomMetricsDataSourceInputPrometheus(BaseModel):
    dataSource: WorkloadoptimizationV1CustomMetricsDataSourceInputPrometheusDataSource
    metrics: (
        WorkloadoptimizationV1CustomMetricsDataSourceInputPrometheusMetrics | None
    ) = None


class WorkloadoptimizationV1EventContainer(BaseModel):
    name: str
    resources: WorkloadoptimizationV1Resources


class WorkloadoptimizationV1GPUSettings(BaseModel):
    managementOption: WorkloadoptimizationV1ManagementOption


class WorkloadoptimizationV1GetAgentStatusResponse(BaseModel):
    castAgentCurrentVersion: str | None = None
    clusterId: str
    currentVersion: str | None = None
    hpaConvertersSupportedFromVersion: str
    hpaSupportedFromCastAgentVersion: str | None = None
    inPlaceResizeEnabled: bool
    installedAt: AwareDatetime | None = None
    latestVersion: str | None = None
    metricsExporterVersion: str | None = None
    nativeHpaSupportedFromVersion: str | None = None
    psiMetricsSupported: bool
    resourceQuotasAffectingOptimization: bool | None = None
    status: WorkloadoptimizationV1GetAgentStatusResponseAgentStatus
    updatedAt: AwareDatetime
    workloadAutoscalerReplicaCount: int


class WorkloadoptimizationV1GetAggregatedWorkloadCustomMetricsV1BetaResponse(BaseModel):
    metricGroups: list[WorkloadoptimizationV1AggregatedCustomMetricGroup]
    step: str


class WorkloadoptimizationV1GetHPAV2MigrationEligibilityResponse(BaseModel):
    eligibleCount: int
    status: WorkloadoptimizationV1GetHPAV2MigrationEligibilityResponseMigrationStatus


class WorkloadoptimizationV1GetOrganizationAgentStatusesResponse(BaseModel):
    clusterAgentStatuses: list[WorkloadoptimizationV1GetAgentStatusResponse]


class WorkloadoptimizationV1GetWorkloadCustomMetricsV1BetaResponse(BaseModel):
    metricGroups: list[WorkloadoptimizationV1CustomMetricGroup]
    step: str | None = None


class WorkloadoptimizationV1GetWorkloadsSummaryMetricsResponse(BaseModel):
    items: list[WorkloadoptimizationV1WorkloadsSummaryMetrics]


class WorkloadoptimizationV1HPALegacyConfig(BaseModel):
    managementOption: WorkloadoptimizationV1ManagementOption
    maxReplicas: int
    minReplicas: int


class WorkloadoptimizationV1HPALegacyUnsupportedReason(BaseModel):
    description: str
    type: WorkloadoptimizationV1HPALegacyUnsupportedReasonType


class WorkloadoptimizationV1HPAManagement(BaseModel):
    mode: WorkloadoptimizationV1HPAManagementMode
    source: WorkloadoptimizationV1HPAManagementSource


class WorkloadoptimizationV1HPAOwner(BaseModel):
    apiVersion: str | None = None
    kind: str | None = None
    name: str | None = None
    type: WorkloadoptimizationV1HPAOwnerType


class WorkloadoptimizationV1HPAScalingPolicy(BaseModel):
    periodSeconds: int
    type: WorkloadoptimizationV1HPAScalingPolicyType
    value: int


class WorkloadoptimizationV1HPAScalingRules(BaseModel):
    policies: list[WorkloadoptimizationV1HPAScalingPolicy] | None = None
    selectPolicy: WorkloadoptimizationV1ScalingPolicySelect | None = None
    stabilizationWindowSeconds: int | None = None
    tolerance: str | None = None


class WorkloadoptimizationV1HPATargetWorkloadContainer(BaseModel):
    firstSeenResources: WorkloadoptimizationV1Resources | None = None
    name: str
    originalResources: WorkloadoptimizationV1Resources | None = None
    recommendation: WorkloadoptimizationV1Resources | None = None
    resources: WorkloadoptimizationV1Resources | None = None
    runtime: WorkloadoptimizationV1Runtime | None = None


class WorkloadoptimizationV1HPAUnsupportedReason(BaseModel):
    description: str
    type: WorkloadoptimizationV1HPAUnsupportedReasonType


class WorkloadoptimizationV1HPAWorkloadTarget(BaseModel):
    containers: list[WorkloadoptimizationV1HPATargetWorkloadContainer]
    createdAt: AwareDatetime
    group: str
    id: str
    isCustom: bool
    kind: str
    name: str
    namespace: str
    runningPods: int
    scalingPolicyId: str
    scalingPolicyName: str
    updatedAt: AwareDatetime
    version: str


class WorkloadoptimizationV1HeapCommited(BaseModel):
    aggregatedGib: WorkloadoptimizationV1HeapCommitedAggregatedMetrics
    metricsGib: list[WorkloadoptimizationV1HeapCommitedMetrics]


class WorkloadoptimizationV1HeapRecommended(BaseModel):
    aggregatedGib: WorkloadoptimizationV1HeapRecommendedAggregatedMetrics
    metricsGib: list[WorkloadoptimizationV1HeapRecommendedMetrics]


class WorkloadoptimizationV1HeapUsed(BaseModel):
    aggregatedGib: WorkloadoptimizationV1HeapUsedAggregatedMetrics
    metricsGib: list[WorkloadoptimizationV1HeapUsedMetrics]


class WorkloadoptimizationV1HorizontalPodAutoscalerBehavior(BaseModel):
    scaleDown: WorkloadoptimizationV1HPAScalingRules | None = None
    scaleUp: WorkloadoptimizationV1HPAScalingRules | None = None


class WorkloadoptimizationV1JVMContainerMetrics(BaseModel):
    heapCommitted: WorkloadoptimizationV1HeapCommited | None = None
    heapUsed: WorkloadoptimizationV1HeapUsed | None = None
    recommendedHeap: WorkloadoptimizationV1HeapRecommended | None = None


class WorkloadoptimizationV1KubernetesLabelExpressionMatcher(BaseModel):
    key: str | None = None
    operator: WorkloadoptimizationV1KubernetesLabelSelectorOperator
    values: list[str]


class WorkloadoptimizationV1KubernetesNamespaceMatcher(BaseModel):
    labelsExpressions: (
        list[WorkloadoptimizationV1KubernetesLabelExpressionMatcher] | None
    ) = None
    names: list[str] | None = None


class WorkloadoptimizationV1KubernetesWorkloadMatcher(BaseModel):
    gvk: list[str] | None = None
    labelsExpressions: (
        list[WorkloadoptimizationV1KubernetesLabelExpressionMatcher] | None
    ) = None


class WorkloadoptimizationV1LimitRange(BaseModel):
    clusterId: str
    cpuContainer: WorkloadoptimizationV1LimitRangeResource | None = None
    cpuPod: WorkloadoptimizationV1LimitRangeResource | None = None
    id: str
    memoryContainer: WorkloadoptimizationV1LimitRangeResource | None = None
    memoryPod: WorkloadoptimizationV1LimitRangeResource | None = None
    name: str
    namespace: str
    object: dict[str, Any]
    organizationId: str


class WorkloadoptimizationV1ListLimitRangesResponse(BaseModel):
    items: list[WorkloadoptimizationV1LimitRange]


class WorkloadoptimizationV1MemoryPressureEvictionEvent(BaseModel):
    containers: (
        list[WorkloadoptimizationV1MemoryPressureEvictionEventContainer] | None
    ) = None


class WorkloadoptimizationV1MetricTarget(BaseModel):
    type: WorkloadoptimizationV1MetricTargetType
    value: str


class WorkloadoptimizationV1MetricsAttributes(BaseModel):
    groupBy: list[WorkloadoptimizationV1MetricsGroupByDimension] | None = None
    startupPeriod: str | None = None
    step: str | None = None
    timezone: str | None = None


class WorkloadoptimizationV1MetricsSeries(BaseModel):
    dimensions: list[WorkloadoptimizationV1MetricsSeriesDimension]
    exprName: str
    points: list[WorkloadoptimizationV1MetricsPoint]


class WorkloadoptimizationV1OOMKillEvent(BaseModel):
    containers: list[WorkloadoptimizationV1EventContainer]


class WorkloadoptimizationV1ObjectMetricSource(BaseModel):
    describedObject: WorkloadoptimizationV1CrossVersionObjectReference
    metric: WorkloadoptimizationV1MetricIdentifier
    target: WorkloadoptimizationV1MetricTarget


class WorkloadoptimizationV1PodMetadataContainer(BaseModel):
    name: str
    resources: WorkloadoptimizationV1Resources


class WorkloadoptimizationV1PodMetrics(BaseModel):
    podCount: list[WorkloadoptimizationV1TimeSeriesMetric]
    podCountMax: float
    podCountMin: float


class WorkloadoptimizationV1PodsMetricSource(BaseModel):
    metric: WorkloadoptimizationV1MetricIdentifier
    target: WorkloadoptimizationV1MetricTarget


class WorkloadoptimizationV1QueryWorkloadMetricsResponse(BaseModel):
    series: list[WorkloadoptimizationV1MetricsSeries]


class WorkloadoptimizationV1RecommendationError(BaseModel):
    message: str
    type: WorkloadoptimizationV1RecommendationErrorType


class WorkloadoptimizationV1RecommendationEvent(BaseModel):
    type: WorkloadoptimizationV1RecommendationEventType


class WorkloadoptimizationV1RecommendationStepLabel(BaseModel):
    key: str | None = None
    unit: WorkloadoptimizationV1RecommendationStepLabelUnit | None = None
    value: str | None = None


class WorkloadoptimizationV1RecommendationStopReason(BaseModel):
    message: str
    type: WorkloadoptimizationV1RecommendationStopReasonType


class WorkloadoptimizationV1RecommendedRequestsChangedEventChange(BaseModel):
    containers: list[WorkloadoptimizationV1EventContainer] | None = None


class WorkloadoptimizationV1ResetSystemOverridesResponse(BaseModel):
    reason: WorkloadoptimizationV1ResetSystemOverridesResponseReason | None = None
    result: WorkloadoptimizationV1ResetSystemOverridesResponseResult | None = None


class WorkloadoptimizationV1ResourceConfigUpdate(BaseModel):
    constraints: WorkloadoptimizationV1ConstraintsV2 | None = None
    max: float | None = None
    min: float | None = None


class WorkloadoptimizationV1ResourceLimitStrategy(BaseModel):
    multiplier: float | None = None
    onlyIfOriginalExist: bool | None = None
    onlyIfOriginalLower: bool | None = None
    type: WorkloadoptimizationV1ResourceLimitStrategyType


class WorkloadoptimizationV1ResourceMetricSource(BaseModel):
    name: str
    target: WorkloadoptimizationV1MetricTarget


class WorkloadoptimizationV1ResourcePolicies(BaseModel):
    applyThreshold: float
    applyThresholdStrategy: WorkloadoptimizationV1ApplyThresholdStrategy | None = None
    args: list[str]
    constraints: WorkloadoptimizationV1ConstraintsV2 | None = None
    function: WorkloadoptimizationV1ResourcePoliciesFunction
    limit: WorkloadoptimizationV1ResourceLimitStrategy | None = None
    lookBackPeriodSeconds: int | None = None
    managementOption: WorkloadoptimizationV1ManagementOption | None = None
    max: float | None = None
    min: float | None = None
    overhead: float


class WorkloadoptimizationV1ResourceQuota(BaseModel):
    clusterId: str
    cpuLimits: WorkloadoptimizationV1ResourceQuotaResource | None = None
    cpuRequests: WorkloadoptimizationV1ResourceQuotaResource | None = None
    id: str
    memoryLimits: WorkloadoptimizationV1ResourceQuotaResource | None = None
    memoryRequests: WorkloadoptimizationV1ResourceQuotaResource | None = None
    name: str
    namespace: str
    object: dict[str, Any]
    organizationId: str


class WorkloadoptimizationV1RolloutBehaviorSettings(BaseModel):
    delaySeconds: int | None = None
    preferOneByOne: bool | None = None
    type: WorkloadoptimizationV1RolloutBehaviorType | None = None


class WorkloadoptimizationV1ScalingPolicyAssignmentRule(BaseModel):
    namespace: WorkloadoptimizationV1KubernetesNamespaceMatcher | None = None
    workload: WorkloadoptimizationV1KubernetesWorkloadMatcher | None = None


class WorkloadoptimizationV1ScalingPolicyOrderUpdatedEvent(BaseModel):
    current: list[WorkloadoptimizationV1ScalingPolicyOrderUpdatedItem]
    previous: list[WorkloadoptimizationV1ScalingPolicyOrderUpdatedItem]


class WorkloadoptimizationV1StartupSettings(BaseModel):
    periodSeconds: int | None = None
    twoPhaseRecommendations: WorkloadoptimizationV1TwoPhaseRecommendations | None = None


class WorkloadoptimizationV1SystemOverrideResetEvent(BaseModel):
    origin: WorkloadoptimizationV1SystemOverrideResetOrigin
    target: WorkloadoptimizationV1SystemOverrideTarget


class WorkloadoptimizationV1WorkloadMetricContainer(BaseModel):
    cpuCores: list[WorkloadoptimizationV1ResourceMetrics]
    cpuCoresAggregated: WorkloadoptimizationV1AggregatedMetrics
    cpuCoresPredictionsAggregated: (
        WorkloadoptimizationV1AggregatedPredictionMetrics | None
    ) = None
    cpuStallPct: list[WorkloadoptimizationV1ResourceMetrics] | None = None
    cpuStallPctAggregated: WorkloadoptimizationV1AggregatedCPUStallMetrics | None = None
    firstSeenResources: WorkloadoptimizationV1Resources | None = None
    jvm: WorkloadoptimizationV1JVMContainerMetrics | None = None
    memoryGib: list[WorkloadoptimizationV1ResourceMetrics]
    memoryGibAggregated: WorkloadoptimizationV1AggregatedMetrics
    name: str


class WorkloadoptimizationV1WorkloadMetrics(BaseModel):
    containers: list[WorkloadoptimizationV1WorkloadMetricContainer]
    cpu: WorkloadoptimizationV1CpuMetrics
    pods: WorkloadoptimizationV1PodMetrics


class WorkloadoptimizationV1WorkloadResourceConfigUpdate(BaseModel):
    constraints: WorkloadoptimizationV1ConstraintsV2 | None = None
    limit: WorkloadoptimizationV1ResourceLimitStrategy | None = None
    lookBackPeriodSeconds: int | None = None
    managementOption: WorkloadoptimizationV1ManagementOption | None = None
    max: float | None = None
    min: float | None = None


class WorkloadoptimizationV1WorkloadSystemOverrides(BaseModel):
    verticalOptimization: (
        WorkloadoptimizationV1WorkloadSystemOverridesVerticalOptimization
    )


class WorkloadoptimizationV1WorkloadThresholds(BaseModel):
    cpu: WorkloadoptimizationV1ApplyThresholdStrategy | None = None
    memory: WorkloadoptimizationV1ApplyThresholdStrategy | None = None


class CastaiEvictorV1LabelSelector(BaseModel):
    matchExpressions: list[CastaiEvictorV1LabelSelectorExpression] | None = None
    matchLabels: dict[str, str] | None = None


class CastaiEvictorV1NodeSelector(BaseModel):
    labelSelector: CastaiEvictorV1LabelSelector


class CastaiEvictorV1PodSelector(BaseModel):
    kind: str | None = None
    labelSelector: CastaiEvictorV1LabelSelector | None = None
    namespace: str | None = None
    replicasMin: int | None = None


class CastaiInventoryV1beta1AppliedDiscount(BaseModel):
    id: str | None = None
    pricing: list[CastaiInventoryV1beta1DiscountPricing] | None = None


class CastaiInventoryV1beta1InstanceZone(BaseModel):
    appliedDiscounts: list[CastaiInventoryV1beta1AppliedDiscount] | None = None
    attachableDisks: list[CastaiInventoryV1beta1InstanceZoneAttachableDisk] | None = (
        None
    )
    attachableGpuDevices: list[CastaiInventoryV1beta1AttachableGPUDevice] | None = None
    attachedGpuDevices: list[CastaiInventoryV1beta1GPUDevice] | None = None
    azId: str | None = None
    cpuPlatforms: list[CastaiInventoryV1beta1CPUPlatform] | None = None
    cpuPrice: str | None = None
    id: str | None = None
    lastUnavailableAt: AwareDatetime | None = None
    price: str | None = None
    ramPrice: str | None = None
    spot: bool | None = None
    spotReliability: float | None = None
    unavailable: bool | None = None


class CastaiInventoryV1beta1ListRegionsResponse(BaseModel):
    nextPageToken: str | None = None
    regions: list[CastaiInventoryV1beta1Region] | None = None


class CastaiInventoryV1beta1NodeUsage(BaseModel):
    aws: CastaiInventoryV1beta1NodeUsageAWS | None = None
    gcp: CastaiInventoryV1beta1NodeUsageGCP | None = None
    nodeId: str | None = None
    usageDistribution: CastaiInventoryV1beta1UsageDistribution | None = None


class CastaiInventoryV1beta1StorageInfo(BaseModel):
    devices: list[CastaiInventoryV1beta1StorageInfoDevice] | None = None
    driver: CastaiInventoryV1beta1StorageDriver | None = None
    ephemeralOsDisksInfo: (
        CastaiInventoryV1beta1StorageInfoEphemeralOSDisksInfo | None
    ) = None
    totalSizeGib: int | None = None


class CastaiRbacV1beta1CreateGroupRequestGroup(BaseModel):
    definition: CastaiRbacV1beta1CreateGroupRequestGroupDefinition
    description: str | None = None
    labelSelector: CastaiRbacV1beta1LabelSelector | None = None
    name: str


class CastaiRbacV1beta1Group(BaseModel):
    createdAt: AwareDatetime | None = None
    definition: CastaiRbacV1beta1GroupDefinition
    description: str | None = None
    id: str | None = None
    labelSelector: CastaiRbacV1beta1LabelSelector | None = None
    managedBy: str | None = None
    name: str | None = None
    organizationId: str | None = None
    ssoProvider: str | None = None
    updatedAt: AwareDatetime | None = None


class CastaiRbacV1beta1ListPermissionGroupsResponse(BaseModel):
    nextPage: CastaiPaginationV1beta1Page | None = None
    permissionGroups: list[CastaiRbacV1beta1PermissionGroup] | None = None


class CastaiRbacV1beta1ListRolesResponse(BaseModel):
    nextPage: CastaiPaginationV1beta1Page | None = None
    roles: list[CastaiRbacV1beta1Role] | None = None
    totalCount: str | None = None


class CastaiRbacV1beta1RoleBindingDefinition(BaseModel):
    childOrganizationId: str | None = None
    roleId: str
    scopes: list[CastaiRbacV1beta1Scope] | None = None
    subjects: list[CastaiRbacV1beta1Subject] | None = None


class CastaiServiceaccountsV1beta1GetServiceAccountResponse(BaseModel):
    serviceAccount: CastaiServiceaccountsV1beta1ServiceAccount


class CastaiServiceaccountsV1beta1ListServiceAccountsResponse(BaseModel):
    nextPage: CastaiPaginationV1beta1Page
    serviceAccounts: list[CastaiServiceaccountsV1beta1ServiceAccount] | None = None
    totalCount: str | None = None


class CastaiSsoV1beta1CreateSSOConnection(BaseModel):
    aad: CastaiSsoV1beta1AzureAAD | None = None
    additionalEmailDomains: list[str] | None = None
    defaultRoleId: str | None = None
    emailDomain: str
    name: str
    oidc: CastaiSsoV1beta1OIDC | None = None
    okta: CastaiSsoV1beta1Okta | None = None
    saml: CastaiSsoV1beta1SAML | None = None


class CastaiSsoV1beta1GetSSOConnectionResponse(BaseModel):
    connection: CastaiSsoV1beta1SSOConnection | None = None
    ssoServiceAccountId: str | None = None


class CastaiSsoV1beta1ListSSOConnectionsResponse(BaseModel):
    connections: list[CastaiSsoV1beta1SSOConnection]


class CastaiUsersV1beta1ClaimInvitationResponse(BaseModel):
    membership: CastaiUsersV1beta1Membership | None = None
    organizationId: str


class CastaiUsersV1beta1CreateInvitationsRequest(BaseModel):
    members: list[CastaiUsersV1beta1NewMembershipByEmail] | None = None


class CastaiUsersV1beta1ListInvitationsResponse(BaseModel):
    invitations: list[CastaiUsersV1beta1PendingInvitation]
    nextCursor: str


class CastaiUsersV1beta1ListOrganizationUsersResponse(BaseModel):
    users: list[CastaiUsersV1beta1Membership] | None = None


class CostreportV1beta1AllocationGroupFilter(BaseModel):
    clusterIds: list[str] | None = None
    labels: list[CostreportV1beta1AllocationGroupFilterLabelValue] | None = None
    labelsOperator: CostreportV1beta1FilterOperator | None = None
    namespaces: list[str] | None = None
    nodeLabels: list[CostreportV1beta1AllocationGroupFilterLabelValue] | None = None
    nodeLabelsOperator: CostreportV1beta1FilterOperator | None = None


class CostreportV1beta1GetAllocationGroupCostSummariesResponse(BaseModel):
    items: (
        list[CostreportV1beta1GetAllocationGroupCostSummariesResponseGroupItem] | None
    ) = None


class CostreportV1beta1GetAllocationGroupCostTimedSummariesResponse(BaseModel):
    items: (
        list[CostreportV1beta1GetAllocationGroupCostTimedSummariesResponseGroupItem]
        | None
    ) = None


class CostreportV1beta1GetAllocationGroupEfficiencySummaryResponse(BaseModel):
    items: (
        list[
            CostreportV1beta1GetAllocationGroupEfficiencySummaryResponseCostAllocationGroupItem
        ]
        | None
    ) = None
    topItems: (
        list[CostreportV1beta1GetAllocationGroupEfficiencySummaryResponseTopItem] | None
    ) = None


class CostreportV1beta1GetAllocationGroupWorkloadsEfficiencyResponse(BaseModel):
    count: str | None = None
    groupId: str | None = None
    groupName: str | None = None
    nextCursor: str | None = None
    workloads: (
        list[CostreportV1beta1GetAllocationGroupWorkloadsEfficiencyResponseWorkloadItem]
        | None
    ) = None


class CostreportV1beta1GetCostAllocationGroupDataTransferSummaryResponseCostAllocationGroupItem(
    BaseModel
):
    groupId: str | None = None
    groupName: str | None = None
    items: (
        list[CostreportV1beta1GetCostAllocationGroupDataTransferSummaryResponseCostItem]
        | None
    ) = None
    workloadCount: str | None = None


class CostreportV1beta1GetCostAllocationGroupDataTransferWorkloadsResponse(BaseModel):
    clusters: (
        list[
            CostreportV1beta1GetCostAllocationGroupDataTransferWorkloadsResponseClusterDetails
        ]
        | None
    ) = None
    groupId: str | None = None
    groupName: str | None = None
    noDataReason: CostreportV1beta1NoDataReason | None = None


class DboV1CacheConfiguration(BaseModel):
    cacheId: str | None = None
    caching: DboV1Caching | None = None
    connectionString: str | None = None
    connectionStrings: list[str] | None = None
    databaseName: str
    id: str | None = None
    metrics: DboV1CacheMetrics | None = None
    mode: DboV1TTLMode | None = None
    version: int | None = None


class DboV1CacheEfficiency(BaseModel):
    cacheHitRate: float
    cacheHits: str
    cacheableQueries: str
    dqlQueries: str
    events: list[DboV1Event] | None = None
    timestamp: AwareDatetime
    totalQueries: str


class DboV1CacheGroup(BaseModel):
    cacheStatus: DboV1CacheStatus | None = None
    clusterId: str | None = None
    configurations: list[DboV1CacheConfiguration] | None = None
    directMode: bool | None = None
    directModeLastChanged: AwareDatetime | None = None
    endpoints: list[DboV1Endpoint] | None = None
    helmChartVersion: str | None = None
    id: str | None = None
    instanceId: str | None = None
    metrics: DboV1CacheMetrics | None = None
    name: str | None = None
    protocolType: DboV1CacheGroupProtocolType
    roxy: bool | None = None
    statusConditions: DboV1CacheGroupStatusConditions | None = None
    version: int | None = None


class DboV1CachePerformanceTimeseriesTimeseries(BaseModel):
    databases: list[DboV1CachePerformanceTimeseriesCachePerformance] | None = None
    events: list[DboV1Event] | None = None
    timestamp: AwareDatetime


class DboV1DatabaseInstance(BaseModel):
    cacheGroupId: str | None = None
    cacheStatus: DboV1CacheStatus | None = None
    cacheStatusConditions: list[str] | None = None
    configuration: DboV1DatabaseInstanceConfiguration
    databases: list[DboV1DatabaseInstanceLogicalDatabase] | None = None
    id: str
    metrics: DboV1CacheMetrics | None = None
    metricsOverview: DboV1DatabaseMetrics | None = None
    name: str
    rds: DboV1RDS | None = None


class DboV1GetCacheConfigurationResponse(BaseModel):
    cacheConfiguration: DboV1CacheConfiguration


class DboV1GetCacheEfficiencyResponse(BaseModel):
    items: list[DboV1CacheEfficiency] | None = None


class DboV1GetCacheGroupOperationalMetricsResponse(BaseModel):
    items: list[DboV1OperationalMetricsTimeseries]
    summary: DboV1OperationalMetricsSummary


class DboV1GetCacheGroupPoolingEligibilityResponse(BaseModel):
    insights: list[DboV1PoolingEligibilityInsight]
    poolingCompatible: bool


class DboV1ListCacheConfigurationsResponse(BaseModel):
    items: list[DboV1CacheConfiguration] | None = None


class DboV1ListCacheGroupsResponse(BaseModel):
    items: list[DboV1CacheGroup] | None = None
    metrics: DboV1CacheMetrics | None = None


class DboV1ListCacheTTLsResponse(BaseModel):
    items: list[DboV1TTLConfiguration] | None = None


class DboV1ProxyState(BaseModel):
    configStates: list[DboV1ProxyStateCacheConfigState]
    deployment: DboV1ProxyStateCacheDeployment
    trafficInsights: list[DboV1ProxyStateTrafficInsights]


class DboV1TTLByCacheId(BaseModel):
    cacheDefaultTtl: DboV1TTLMode | None = None
    cacheId: str | None = None
    databaseName: str | None = None
    entries: list[DboV1TTLConfiguration] | None = None


class ExternalclusterV1AWSNodeConfig(BaseModel):
    capacityReservation: ExternalclusterV1AWSNodeConfigCapacityReservation | None = None


class ExternalclusterV1ClusterAttributes(BaseModel):
    karpenter: ExternalclusterV1KarpenterAttribute | None = None
    omni: ExternalclusterV1OmniAttribute | None = None


class ExternalclusterV1GetNodeBatchResponse(BaseModel):
    completedAt: AwareDatetime | None = None
    createdCount: int | None = None
    createdNodes: list[ExternalclusterV1GetNodeBatchResponseCreatedNode] | None = None
    done: bool | None = None
    errors: list[ExternalclusterV1GetNodeBatchResponseOperationError] | None = None
    failedCount: int | None = None
    startedAt: AwareDatetime | None = None
    status: ExternalclusterV1GetNodeBatchResponseBatchOperationStatus | None = None


class ExternalclusterV1ListNodesResponse(BaseModel):
    items: list[ExternalclusterV1Node] | None = None
    nextCursor: str | None = None


class ExternalclusterV1NodeAffinity(BaseModel):
    affinity: list[K8sSelectorV1KubernetesNodeAffinity] | None = None
    dedicatedGroup: str | None = None


class ExternalclusterV1NodeBatchConfig(BaseModel):
    aws: ExternalclusterV1AWSNodeConfig | None = None
    configurationId: str | None = None
    edgeConfig: ExternalclusterV1EdgeConfig | None = None
    gcp: ExternalclusterV1GCPNodeConfig | None = None
    gpuConfig: ExternalclusterV1GPUConfig | None = None
    kubernetesLabels: dict[str, str] | None = None
    kubernetesTaints: list[ExternalclusterV1Taint] | None = None
    nodeAffinity: ExternalclusterV1NodeAffinity | None = None
    spotConfig: ExternalclusterV1NodeSpotConfig | None = None
    volume: ExternalclusterV1NodeVolume | None = None


class ExternalclusterV1NodeBatchSpec(BaseModel):
    baseConfig: ExternalclusterV1NodeBatchConfig | None = None
    eks: ExternalclusterV1EKSNodeBatchConfig | None = None
    options: list[ExternalclusterV1NodeBatchOption] | None = None
    totalCapacity: ExternalclusterV1ComputeCapacity | None = None


class ExternalclusterV1NodeConfig(BaseModel):
    aws: ExternalclusterV1AWSNodeConfig | None = None
    configurationId: str | None = None
    configurationName: str | None = None
    edgeConfig: ExternalclusterV1EdgeConfig | None = None
    gcp: ExternalclusterV1GCPNodeConfig | None = None
    gpuConfig: ExternalclusterV1GPUConfig | None = None
    instanceType: str
    kubernetesLabels: dict[str, str] | None = None
    kubernetesTaints: list[ExternalclusterV1Taint] | None = None
    nodeAffinity: ExternalclusterV1NodeAffinity | None = None
    spotConfig: ExternalclusterV1NodeSpotConfig | None = None
    subnetId: str | None = None
    volume: ExternalclusterV1NodeVolume | None = None
    zone: str | None = None


class NodeconfigV1AKSConfig(BaseModel):
    acceleratedNetworking: NodeconfigV1AKSConfigAcceleratedNetworkingMode | None = None
    applicationSecurityGroupIds: list[str] | None = None
    enableEncryptionAtHost: bool | None = None
    imageFamily: NodeconfigV1AKSConfigImageFamily | None = None
    loadBalancers: list[NodeconfigV1AKSConfigLoadBalancers] | None = None
    maxPodsPerNode: int | None = None
    networkSecurityGroupId: str | None = None
    osDiskEphemeral: NodeconfigV1AKSConfigOsDiskEphemeral | None = None
    osDiskType: NodeconfigV1AKSConfigOsDiskType | None = None
    podSubnetId: str | None = None
    publicIp: NodeconfigV1AKSConfigPublicIP | None = None


class NodeconfigV1GKEConfig(BaseModel):
    diskType: str | None = None
    fallbackConfiguration: NodeconfigV1FallbackConfiguration | None = None
    loadBalancers: list[NodeconfigV1GKEConfigLoadBalancers] | None = None
    maxPodsPerNode: int | None = None
    maxPodsPerNodeFormula: str | None = None
    minCpuPlatform: str | None = None
    networkTags: list[str] | None = None
    onHostMaintenance: NodeconfigV1GKEConfigOnHostMaintenance | None = None
    secondaryIpRange: NodeconfigV1SecondaryIPRange | None = None
    useEphemeralStorageLocalSsd: bool | None = None
    zones: list[str] | None = None


class NodeconfigV1NewNodeConfiguration(BaseModel):
    aks: NodeconfigV1AKSConfig | None = None
    containerRuntime: NodeconfigV1ContainerRuntime | None = None
    diskCpuRatio: int | None = None
    dockerConfig: dict[str, Any] | None = None
    drainTimeoutSec: int | None = None
    eks: NodeconfigV1EKSConfig | None = None
    gke: NodeconfigV1GKEConfig | None = None
    image: str | None = None
    initScript: str | None = None
    kops: NodeconfigV1KOPSConfig | None = None
    kubeletConfig: dict[str, Any] | None = None
    minDiskSize: int | None = None
    name: str
    selfHostedWithEc2Nodes: NodeconfigV1SelfHostedWithEC2NodesConfig | None = None
    sshPublicKey: str | None = None
    subnets: list[str] | None = None
    tags: dict[str, str] | None = None


class NodeconfigV1NodeConfiguration(BaseModel):
    aks: NodeconfigV1AKSConfig | None = None
    containerRuntime: NodeconfigV1ContainerRuntime | None = None
    createdAt: AwareDatetime | None = None
    default: bool
    diskCpuRatio: int
    dockerConfig: dict[str, Any] | None = None
    drainTimeoutSec: int | None = None
    eks: NodeconfigV1EKSConfig | None = None
    gke: NodeconfigV1GKEConfig | None = None
    id: str
    image: str | None = None
    initScript: str | None = None
    kops: NodeconfigV1KOPSConfig | None = None
    kubeletConfig: dict[str, Any] | None = None
    minDiskSize: int
    name: str
    selfHostedWithEc2Nodes: NodeconfigV1SelfHostedWithEC2NodesConfig | None = None
    sshPublicKey: str | None = None
    subnets: list[str]
    tags: dict[str, str]
    updatedAt: AwareDatetime | None = None
    version: int


class NodeconfigV1NodeConfigurationUpdate(BaseModel):
    aks: NodeconfigV1AKSConfig | None = None
    containerRuntime: NodeconfigV1ContainerRuntime | None = None
    diskCpuRatio: int | None = None
    dockerConfig: dict[str, Any] | None = None
    drainTimeoutSec: int | None = None
    eks: NodeconfigV1EKSConfig | None = None
    gke: NodeconfigV1GKEConfig | None = None
    image: str | None = None
    initScript: str | None = None
    kops: NodeconfigV1KOPSConfig | None = None
    kubeletConfig: dict[str, Any] | None = None
    minDiskSize: int | None = None
    selfHostedWithEc2Nodes: NodeconfigV1SelfHostedWithEC2NodesConfig | None = None
    sshPublicKey: str | None = None
    subnets: list[str] | None = None
    tags: dict[str, str] | None = None


class NodetemplatesV1TemplateConstraintsAWSConstraints(BaseModel):
    capacityReservations: (
        list[NodetemplatesV1TemplateConstraintsAWSConstraintsCapacityReservation] | None
    ) = None


class PoliciesV1SpotInstances(BaseModel):
    enabled: bool | None = None
    maxReclaimRate: int | None = None
    spotBackups: PoliciesV1SpotBackups | None = None
    spotDiversityEnabled: bool | None = None
    spotDiversityPriceIncreaseLimitPercent: int | None = None
    spotInterruptionPredictions: PoliciesV1SpotInterruptionPredictions | None = None


class RoleBindingIsTheRoleBindingToBeUpdated(BaseModel):
    definition: CastaiRbacV1beta1RoleBindingDefinition
    description: str | None = None
    name: str


class RuntimeSecurityAPIAddListEntriesRequest(BaseModel):
    entries: list[RuntimeV1ListEntry] | None = None


class RuntimeV1CreateListRequest(BaseModel):
    entries: list[RuntimeV1ListEntry] | None = None
    name: str | None = None


class RuntimeV1GetClusterWorkloadsNetflowResponse(BaseModel):
    items: list[RuntimeV1WorkloadNetflow] | None = None


class RuntimeV1GetListEntriesResponse(BaseModel):
    count: int | None = None
    entries: list[RuntimeV1ListEntry] | None = None
    nextCursor: str | None = None
    previousCursor: str | None = None


class RuntimeV1GetListsResponse(BaseModel):
    count: int | None = None
    lists: list[RuntimeV1ListHeaderWithRules] | None = None
    nextCursor: str | None = None
    previousCursor: str | None = None


class RuntimeV1GetRuleResponse(BaseModel):
    rule: RuntimeV1Rule | None = None


class RuntimeV1GetRulesResponse(BaseModel):
    count: int | None = None
    nextCursor: str | None = None
    previousCursor: str | None = None
    rules: list[RuntimeV1Rule] | None = None


class ScheduledrebalancingV1LaunchConfiguration(BaseModel):
    nodeTtlSeconds: int | None = None
    numTargetedNodes: int | None = None
    rebalancingOptions: ScheduledrebalancingV1RebalancingOptions | None = None
    selector: ScheduledrebalancingV1NodeSelector | None = None
    targetNodeSelectionAlgorithm: (
        ScheduledrebalancingV1TargetNodeSelectionAlgorithm | None
    ) = None


class ScheduledrebalancingV1RebalancingSchedule(BaseModel):
    id: str | None = None
    jobs: list[ScheduledrebalancingV1RebalancingJob] | None = None
    lastTriggerAt: AwareDatetime | None = None
    launchConfiguration: ScheduledrebalancingV1LaunchConfiguration
    name: str
    nextTriggerAt: AwareDatetime | None = None
    schedule: ScheduledrebalancingV1Schedule
    triggerConditions: ScheduledrebalancingV1TriggerConditions


class ScheduledrebalancingV1RebalancingScheduleUpdate(BaseModel):
    launchConfiguration: ScheduledrebalancingV1LaunchConfiguration | None = None
    name: str | None = None
    schedule: ScheduledrebalancingV1Schedule | None = None
    triggerConditions: ScheduledrebalancingV1TriggerConditions | None = None


class WorkloadoptimizationV1ContainerConfig(BaseModel):
    containerName: str
    cpu: WorkloadoptimizationV1ContainerConstraintsV3 | None = None
    jvm: WorkloadoptimizationV1JVMRuntimeConfiguration | None = None
    memory: WorkloadoptimizationV1ContainerConstraintsV3 | None = None


class WorkloadoptimizationV1ContainerConfigUpdate(BaseModel):
    containerName: str
    cpu: WorkloadoptimizationV1ResourceConfigUpdate | None = None
    jvm: WorkloadoptimizationV1JVMRuntimeConfigurationUpdate | None = None
    memory: WorkloadoptimizationV1ResourceConfigUpdate | None = None


class WorkloadoptimizationV1ContainerConstraintsV2(BaseModel):
    containerName: str
    cpu: WorkloadoptimizationV1ContainerConstraintsV3 | None = None
    memory: WorkloadoptimizationV1ContainerConstraintsV3 | None = None


class WorkloadoptimizationV1ContainerResourceMetricSource(BaseModel):
    container: str
    name: str
    target: WorkloadoptimizationV1MetricTarget


class WorkloadoptimizationV1CustomMetricsDataSourceDataNodeWorkloadMetrics(BaseModel):
    presets: list[str] | None = None
    resolved: (
        list[
            WorkloadoptimizationV1CustomMetricsDataSourceDataNodeWorkloadMetricsResolvedMetric
        ]
        | None
    ) = None


class WorkloadoptimizationV1CustomMetricsDataSourceDataPrometheusMetricsResolvedMetric(
    BaseModel
):
    errors: list[str] | None = None
    name: str
    queries: list[
        WorkloadoptimizationV1CustomMetricsDataSourceDataPrometheusMetricsResolvedMetricQuery
    ]
    warnings: list[str] | None = None


class WorkloadoptimizationV1CustomMetricsDataSourceInput(BaseModel):
    prometheus: WorkloadoptimizationV1CustomMetricsDataSourceInputPrometheus | None = (
        None
    )


class WorkloadoptimizationV1ExternalMetricSource(BaseModel):
    metric: WorkloadoptimizationV1MetricIdentifier
    target: WorkloadoptimizationV1MetricTarget


class WorkloadoptimizationV1ListResourceQuotasResponse(BaseModel):
    items: list[WorkloadoptimizationV1ResourceQuota]


class WorkloadoptimizationV1MetricSpec(BaseModel):
    containerResource: WorkloadoptimizationV1ContainerResourceMetricSource | None = None
    external: WorkloadoptimizationV1ExternalMetricSource | None = None
    object: WorkloadoptimizationV1ObjectMetricSource | None = None
    pods: WorkloadoptimizationV1PodsMetricSource | None = None
    resource: WorkloadoptimizationV1ResourceMetricSource | None = None
    type: WorkloadoptimizationV1MetricSourceType | None = None


class WorkloadoptimizationV1NewCustomMetricsDataSource(BaseModel):
    data: WorkloadoptimizationV1CustomMetricsDataSourceInput
    name: str
    type: WorkloadoptimizationV1CustomMetricsDataSourceType


class WorkloadoptimizationV1PodMetadata(BaseModel):
    containers: list[WorkloadoptimizationV1PodMetadataContainer]
    inPlaceResize: WorkloadoptimizationV1PodInPlaceResize | None = None
    isLatestRecommendation: bool
    name: str
    recommendation: WorkloadoptimizationV1PodRecommendationStatus | None = None
    status: WorkloadoptimizationV1PodStatus
    updatedAt: AwareDatetime


class WorkloadoptimizationV1RecommendationPolicies(BaseModel):
    anomalyDetection: WorkloadoptimizationV1AnomalyDetectionSettings | None = None
    antiAffinity: WorkloadoptimizationV1AntiAffinitySettings | None = None
    applyType: WorkloadoptimizationV1ApplyType
    confidence: WorkloadoptimizationV1ConfidenceSettings | None = None
    cpu: WorkloadoptimizationV1ResourcePolicies
    downscaling: WorkloadoptimizationV1DownscalingSettings | None = None
    excludedContainers: list[str] | None = None
    gpu: WorkloadoptimizationV1GPUSettings | None = None
    hpaConverters: list[WorkloadoptimizationV1HPAConverters] | None = None
    jvm: WorkloadoptimizationV1JVMSettings | None = None
    managementOption: WorkloadoptimizationV1ManagementOption
    memory: WorkloadoptimizationV1ResourcePolicies
    memoryEvent: WorkloadoptimizationV1MemoryEventSettings | None = None
    predictiveScaling: WorkloadoptimizationV1PredictiveScalingSettings | None = None
    rolloutBehavior: WorkloadoptimizationV1RolloutBehaviorSettings | None = None
    startup: WorkloadoptimizationV1StartupSettings | None = None


class WorkloadoptimizationV1RecommendationStatus(BaseModel):
    appliedPods: int
    earliestActiveRecommendationAt: AwareDatetime | None = None
    error: WorkloadoptimizationV1RecommendationError | None = None
    lowConfidence: bool
    stopReason: WorkloadoptimizationV1RecommendationStopReason | None = None
    totalPods: int
    type: WorkloadoptimizationV1RecommendationStatusType


class WorkloadoptimizationV1RecommendationStep(BaseModel):
    args: dict[str, Any] | None = None
    labels: list[WorkloadoptimizationV1RecommendationStepLabel] | None = None
    message: str | None = None
    resources: WorkloadoptimizationV1Resources | None = None


class WorkloadoptimizationV1ResourceConfig(BaseModel):
    applyThreshold: float | None = None
    applyThresholdStrategy: WorkloadoptimizationV1ApplyThresholdStrategy | None = None
    args: list[str]
    constraints: WorkloadoptimizationV1ConstraintsV2 | None = None
    function: WorkloadoptimizationV1ResourceConfigFunction
    limit: WorkloadoptimizationV1ResourceLimitStrategy | None = None
    lookBackPeriodSeconds: int | None = None
    managementOption: WorkloadoptimizationV1ManagementOption | None = None
    max: float | None = None
    min: float | None = None
    overhead: float


class WorkloadoptimizationV1ResourceConfigOverrides(BaseModel):
    applyThreshold: float | None = None
    applyThresholdStrategy: WorkloadoptimizationV1ApplyThresholdStrategy | None = None
    args: list[str] | None = None
    constraints: WorkloadoptimizationV1ConstraintsV2 | None = None
    function: WorkloadoptimizationV1ResourceConfigOverridesFunction | None = None
    limit: WorkloadoptimizationV1ResourceLimitStrategy | None = None
    lookBackPeriodSeconds: int | None = None
    managementOption: WorkloadoptimizationV1ManagementOption | None = None
    max: float | None = None
    min: float | None = None
    overhead: float | None = None


class WorkloadoptimizationV1ScalingPolicyNativeHPASpec(BaseModel):
    behavior: WorkloadoptimizationV1HorizontalPodAutoscalerBehavior | None = None
    maxReplicas: int
    metrics: list[WorkloadoptimizationV1MetricSpec]
    minReplicas: int


class WorkloadoptimizationV1UpdateCustomMetricsDataSource(BaseModel):
    data: WorkloadoptimizationV1CustomMetricsDataSourceInput | None = None
    name: str | None = None


class WorkloadoptimizationV1VPAConfigUpdate(BaseModel):
    antiAffinity: WorkloadoptimizationV1AntiAffinitySettings | None = None
    containerConfig: list[WorkloadoptimizationV1ContainerConfigUpdate] | None = None
    cpu: WorkloadoptimizationV1WorkloadResourceConfigUpdate | None = None
    excludedContainers: list[str] | None = None
    jvm: WorkloadoptimizationV1JVMRuntimeConfigurationUpdate | None = None
    managementOption: WorkloadoptimizationV1ManagementOption | None = None
    memory: WorkloadoptimizationV1WorkloadResourceConfigUpdate | None = None
    memoryEvent: WorkloadoptimizationV1MemoryEventSettings | None = None
    predictiveScaling: WorkloadoptimizationV1PredictiveScalingSettings | None = None


class WorkloadoptimizationV1VerticalOverrides(BaseModel):
    anomalyDetection: WorkloadoptimizationV1AnomalyDetectionSettings | None = None
    antiAffinity: WorkloadoptimizationV1AntiAffinitySettings | None = None
    applyType: WorkloadoptimizationV1ApplyType | None = None
    confidence: WorkloadoptimizationV1ConfidenceSettings | None = None
    containerConstraints: list[WorkloadoptimizationV1ContainerConstraintsV2] | None = (
        None
    )
    containers: list[WorkloadoptimizationV1ContainerConfig] | None = None
    cpu: WorkloadoptimizationV1ResourceConfigOverrides | None = None
    downscaling: WorkloadoptimizationV1DownscalingSettings | None = None
    excludedContainers: list[str] | None = None
    hpaConverters: list[WorkloadoptimizationV1HPAConverters] | None = None
    jvm: WorkloadoptimizationV1JVMRuntimeConfiguration | None = None
    managementOption: WorkloadoptimizationV1ManagementOption | None = None
    memory: WorkloadoptimizationV1ResourceConfigOverrides | None = None
    memoryEvent: WorkloadoptimizationV1MemoryEventSettings | None = None
    predictiveScaling: WorkloadoptimizationV1PredictiveScalingSettings | None = None
    startup: WorkloadoptimizationV1StartupSettings | None = None


class CastaiEvictorV1EvictionConfig(BaseModel):
    nodeSelector: CastaiEvictorV1NodeSelector | None = None
    podSelector: CastaiEvictorV1PodSelector | None = None
    settings: CastaiEvictorV1EvictionSettings


class CastaiInventoryV1beta1ClusterAggregatedUsage(BaseModel):
    clusterId: str | None = None
    nodeIds: list[str] | None = None
    nodes: list[CastaiInventoryV1beta1NodeUsage] | None = None
    usage: float | None = None
    usageDistribution: CastaiInventoryV1beta1UsageDistribution | None = None


class CastaiInventoryV1beta1InstanceType(BaseModel):
    appliedDiscounts: list[CastaiInventoryV1beta1AppliedDiscount] | None = None
    architecture: str | None = None
    attachableDisks: list[CastaiInventoryV1beta1AttachableDisk] | None = None
    availability: CastaiInventoryV1beta1InstanceTypeAvailability | None = None
    bareMetal: bool | None = None
    blockStorageInfo: CastaiInventoryV1beta1BlockStorageInfo | None = None
    burstable: bool | None = None
    castChoice: bool | None = None
    computeOptimized: bool | None = None
    cpuInfo: CastaiInventoryV1beta1CPUInfo | None = None
    cpuManufacturers: list[CastaiInventoryV1beta1InstanceTypeCPUManufacturer] | None = (
        None
    )
    cpuPrice: str | None = None
    createdAt: AwareDatetime | None = None
    customInstance: bool | None = None
    diskControllerTypes: list[str] | None = None
    flexibilityInfo: CastaiInventoryV1beta1InstanceFlexibilityInfo | None = None
    gpuInfo: CastaiInventoryV1beta1GPUInfo | None = None
    hypervGenerations: list[str] | None = None
    hypervisor: str | None = None
    id: str | None = None
    instanceType: str | None = None
    networkInfo: CastaiInventoryV1beta1NetworkInfo | None = None
    neuronInfo: CastaiInventoryV1beta1NeuronInfo | None = None
    obsolete: bool | None = None
    os: str | None = None
    price: str | None = None
    provider: str | None = None
    ram: str | None = None
    ramPrice: str | None = None
    region: str | None = None
    skuTier: str | None = None
    spotReliability: CastaiInventoryV1beta1InstanceReliability | None = None
    storageInfo: CastaiInventoryV1beta1StorageInfo | None = None
    tpuInfo: CastaiInventoryV1beta1TPUInfo | None = None
    updatedAt: AwareDatetime | None = None
    vcpu: str | None = None
    zones: list[CastaiInventoryV1beta1InstanceZone] | None = None


class CastaiInventoryV1beta1InstanceTypeAggregate(BaseModel):
    azId: str | None = None
    clusterId: str | None = None
    count: int | None = None
    instanceType: str | None = None
    nodeIds: list[str] | None = None
    nodes: list[CastaiInventoryV1beta1NodeUsage] | None = None
    price: str | None = None
    provider: str | None = None
    ram: str | None = None
    region: str | None = None
    spot: bool | None = None
    usageDistribution: CastaiInventoryV1beta1UsageDistribution | None = None
    vcpu: str | None = None


class CastaiInventoryV1beta1InstanceTypeBasedUsage(BaseModel):
    clusters: list[CastaiInventoryV1beta1ClusterAggregatedUsage] | None = None
    instanceTypes: list[CastaiInventoryV1beta1InstanceTypeAggregate] | None = None
    usage: float | None = None
    usageDistribution: CastaiInventoryV1beta1UsageDistribution | None = None


class CastaiInventoryV1beta1ReservationBalanceV2(BaseModel):
    instanceTypes: list[CastaiInventoryV1beta1InstanceTypeAggregate] | None = None
    reservation: CastaiInventoryV1beta1ReservationDetails | None = None
    usage: float | None = None


class CastaiRbacV1beta1CreateRoleBindingsRequestRoleBinding(BaseModel):
    definition: CastaiRbacV1beta1RoleBindingDefinition
    description: str | None = None
    name: str


class CastaiRbacV1beta1RoleBinding(BaseModel):
    createdAt: AwareDatetime | None = None
    definition: CastaiRbacV1beta1RoleBindingDefinition
    description: str | None = None
    id: str | None = None
    managedBy: str | None = None
    name: str | None = None
    organizationId: str | None = None
    status: list[CastaiRbacV1beta1RoleBindingStatus] | None = None
    updatedAt: AwareDatetime | None = None


class CostreportV1beta1AllocationGroup(BaseModel):
    filter: CostreportV1beta1AllocationGroupFilter | None = None
    id: str | None = None
    name: str | None = None
    updatedAt: AwareDatetime | None = None


class CostreportV1beta1AllocationGroupDetails(BaseModel):
    filter: CostreportV1beta1AllocationGroupFilter | None = None
    name: str | None = None


class CostreportV1beta1GetCostAllocationGroupDataTransferSummaryResponse(BaseModel):
    groups: (
        list[
            CostreportV1beta1GetCostAllocationGroupDataTransferSummaryResponseCostAllocationGroupItem
        ]
        | None
    ) = None


class CostreportV1beta1ListAllocationGroupsResponse(BaseModel):
    items: list[CostreportV1beta1AllocationGroup] | None = None


class DboV1CachePerformanceTimeseries(BaseModel):
    metric: DboV1CachePerformanceTimeseriesTimeseries | None = None


class DboV1DatabaseCluster(BaseModel):
    cacheGroupId: str | None = None
    currentCost: str
    databases: list[DboV1DatabaseInstanceLogicalDatabase] | None = None
    endpoints: list[DboV1Endpoint] | None = None
    estimatedCost: str
    id: str
    instances: list[DboV1DatabaseInstance] | None = None
    metricsOverview: DboV1DatabaseMetrics | None = None
    name: str
    potentialSavings: str
    potentialSavingsFraction: str
    type: DboV1DatabaseClusterType


class DboV1DatabaseComponent(BaseModel):
    cluster: DboV1DatabaseCluster | None = None
    instance: DboV1DatabaseInstance | None = None


class DboV1ExchangeCacheStateResponse(BaseModel):
    directMode: bool | None = None
    ttlConfigurations: list[DboV1TTLByCacheId] | None = None


class DboV1GetCacheGroupPerformanceResponse(BaseModel):
    items: list[DboV1CachePerformanceTimeseries] | None = None


class DboV1ListDatabaseComponentsResponse(BaseModel):
    components: list[DboV1DatabaseComponent]
    summary: DboV1OrganizationSummary


class ExternalclusterV1Cluster(BaseModel):
    agentSnapshotReceivedAt: AwareDatetime | None = None
    agentStatus: str | None = None
    aks: ExternalclusterV1AKSClusterParams | None = None
    allRegionZones: list[ExternalclusterV1Zone] | None = None
    anywhere: ExternalclusterV1AnywhereClusterParams | None = None
    attributes: ExternalclusterV1ClusterAttributes | None = None
    castwareInstallMethod: ExternalclusterV1ClusterCastwareInstallMethod | None = None
    clusterNameId: str | None = None
    createdAt: AwareDatetime | None = None
    credentialsId: str | None = None
    deletedAt: AwareDatetime | None = None
    eks: ExternalclusterV1EKSClusterParams | None = None
    firstOperationAt: AwareDatetime | None = None
    gke: ExternalclusterV1GKEClusterParams | None = None
    id: str | None = None
    isPhase2: bool | None = None
    kops: ExternalclusterV1KOPSClusterParams | None = None
    kubernetesVersion: str | None = None
    managedBy: str | None = None
    name: str | None = None
    oke: ExternalclusterV1OKEClusterParams | None = None
    openshift: ExternalclusterV1OpenshiftClusterParams | None = None
    organizationId: str | None = None
    providerNamespaceId: str | None = None
    providerType: str | None = None
    reconcileError: str | None = None
    reconcileInfo: ExternalclusterV1ClusterReconcileInfo | None = None
    reconciledAt: AwareDatetime | None = None
    region: ExternalclusterV1Region | None = None
    selfHostedWithEc2Nodes: ExternalclusterV1SelfHostedWithEC2NodesParams | None = None
    sshPublicKey: str | None = None
    status: str | None = None
    subnets: list[ExternalclusterV1Subnet] | None = None
    tags: dict[str, str] | None = None
    zones: list[ExternalclusterV1Zone] | None = None


class ExternalclusterV1ListClustersResponse(BaseModel):
    items: list[ExternalclusterV1Cluster] | None = None


class NodeconfigV1ListConfigurationsResponse(BaseModel):
    items: list[NodeconfigV1NodeConfiguration] | None = None


class NodetemplatesV1TemplateConstraints(BaseModel):
    architecturePriority: list[str] | None = None
    architectures: list[str] | None = None
    aws: NodetemplatesV1TemplateConstraintsAWSConstraints | None = None
    azs: list[str] | None = None
    bareMetal: bool | None = None
    burstable: NodetemplatesV1TemplateConstraintsConstraintState | None = None
    computeOptimized: bool | None = None
    cpuManufacturers: list[NodetemplatesV1TemplateConstraintsCPUManufacturer] | None = (
        None
    )
    customPriority: list[NodetemplatesV1TemplateConstraintsCustomPriority] | None = None
    customerSpecific: NodetemplatesV1TemplateConstraintsConstraintState | None = None
    dedicatedNodeAffinity: (
        list[NodetemplatesV1TemplateConstraintsDedicatedNodeAffinity] | None
    ) = None
    enableSpotDiversity: bool | None = None
    enableSpotReliability: bool | None = None
    fallbackRestoreRateSeconds: int | None = None
    gcp: NodetemplatesV1TemplateConstraintsGCPConstraints | None = None
    gpu: NodetemplatesV1TemplateConstraintsGPUConstraints | None = None
    instanceFamilies: (
        NodetemplatesV1TemplateConstraintsInstanceFamilyConstraints | None
    ) = None
    isGpuOnly: bool | None = None
    lifecycleTaintsDisabled: bool | None = None
    maxCpu: int | None = None
    maxMemory: int | None = None
    maxPricePerCpu: float | None = None
    minCpu: int | None = None
    minMemory: int | None = None
    onDemand: bool | None = None
    os: list[str] | None = None
    resourceLimits: NodetemplatesV1TemplateConstraintsResourceLimits | None = None
    spot: bool | None = None
    spotDiversityPriceIncreaseLimitPercent: int | None = None
    spotInterruptionPredictionsEnabled: bool | None = None
    spotInterruptionPredictionsType: str | None = None
    spotReliabilityPriceIncreaseLimitPercent: int | None = None
    storageOptimized: bool | None = None
    useSpotFallbacks: bool | None = None


class NodetemplatesV1UpdateNodeTemplate(BaseModel):
    clmEnabled: bool | None = None
    configurationId: str | None = None
    constraints: NodetemplatesV1TemplateConstraints | None = None
    customInstancesEnabled: bool | None = None
    customInstancesWithExtendedMemoryEnabled: bool | None = None
    customLabel: NodetemplatesV1Label | None = None
    customLabels: dict[str, str] | None = None
    customTaints: list[NodetemplatesV1TaintWithOptionalEffect] | None = None
    edgeLocationIds: list[str] | None = None
    gpu: NodetemplatesV1GPU | None = None
    isDefault: bool | None = None
    isEnabled: bool | None = None
    priceAdjustmentConfiguration: NodetemplatesV1PriceAdjustmentConfiguration | None = (
        None
    )
    rebalancingConfig: NodetemplatesV1RebalancingConfiguration | None = None
    shouldTaint: bool | None = None
    stopEnabled: bool | None = None


class PoliciesV1Policies(BaseModel):
    clusterLimits: PoliciesV1ClusterLimitsPolicy | None = None
    defaultNodeTemplateVersion: str | None = None
    enabled: bool | None = None
    isScopedMode: bool | None = None
    nodeDownscaler: PoliciesV1NodeDownscaler | None = None
    nodeTemplatesPartialMatchingEnabled: bool | None = None
    spotInstances: PoliciesV1SpotInstances | None = None
    unschedulablePods: PoliciesV1UnschedulablePodsPolicy | None = None


class ScheduledrebalancingV1ListRebalancingSchedulesResponse(BaseModel):
    schedules: list[ScheduledrebalancingV1RebalancingSchedule]


class WorkloadOptimizationAPIUpdateCustomMetricsDataSourceRequest(BaseModel):
    dataSource: WorkloadoptimizationV1UpdateCustomMetricsDataSource | None = None
    updateMask: str


class WorkloadoptimizationV1ContainerConstraints(BaseModel):
    containerName: str
    cpu: WorkloadoptimizationV1ResourceConfig | None = None
    memory: WorkloadoptimizationV1ResourceConfig | None = None


class WorkloadoptimizationV1ContainerRecommendationSummary(BaseModel):
    resources: WorkloadoptimizationV1Resources | None = None
    steps: list[WorkloadoptimizationV1RecommendationStep] | None = None
    thresholds: WorkloadoptimizationV1ContainerThresholds | None = None


class WorkloadoptimizationV1CustomMetricsDataSourceDataNodeWorkload(BaseModel):
    dataSource: WorkloadoptimizationV1CustomMetricsDataSourceDataNodeWorkloadDataSource
    metrics: (
        WorkloadoptimizationV1CustomMetricsDataSourceDataNodeWorkloadMetrics | None
    ) = None


class WorkloadoptimizationV1CustomMetricsDataSourceDataPrometheusMetrics(BaseModel):
    presets: list[str] | None = None
    resolved: (
        list[
            WorkloadoptimizationV1CustomMetricsDataSourceDataPrometheusMetricsResolvedMetric
        ]
        | None
    ) = None


class WorkloadoptimizationV1HPAConfig(BaseModel):
    behavior: WorkloadoptimizationV1HorizontalPodAutoscalerBehavior | None = None
    managementOption: WorkloadoptimizationV1ManagementOption
    maxReplicas: int | None = None
    metrics: list[WorkloadoptimizationV1MetricSpec] | None = None
    minReplicas: int | None = None
    takeOwnership: bool | None = None
    useNative: bool | None = None


class WorkloadoptimizationV1HPAConfigUpdate(BaseModel):
    behavior: WorkloadoptimizationV1HorizontalPodAutoscalerBehavior | None = None
    managementOption: WorkloadoptimizationV1ManagementOption | None = None
    maxReplicas: int | None = None
    metrics: list[WorkloadoptimizationV1MetricSpec] | None = None
    minReplicas: int | None = None
    takeOwnership: bool | None = None
    useNative: bool | None = None


class WorkloadoptimizationV1HPASpec(BaseModel):
    behavior: WorkloadoptimizationV1HorizontalPodAutoscalerBehavior | None = None
    managedByCastai: bool
    maxReplicas: int
    metrics: list[WorkloadoptimizationV1MetricSpec] | None = None
    minReplicas: int | None = None
    targetCpuUtilizationPercentage: int | None = None


class WorkloadoptimizationV1HPAV2Config(BaseModel):
    behavior: WorkloadoptimizationV1HorizontalPodAutoscalerBehavior | None = None
    managementOption: WorkloadoptimizationV1ManagementOption
    maxReplicas: int
    metrics: list[WorkloadoptimizationV1MetricSpec] | None = None
    minReplicas: int
    takeOwnership: bool


class WorkloadoptimizationV1HorizontalOverrides(BaseModel):
    behavior: WorkloadoptimizationV1HorizontalPodAutoscalerBehavior | None = None
    managementOption: WorkloadoptimizationV1ManagementOption | None = None
    maxReplicas: int | None = None
    metrics: list[WorkloadoptimizationV1MetricSpec] | None = None
    minReplicas: int | None = None
    scaleDown: WorkloadoptimizationV1ScalingBehaviour | None = None
    shortAverageSeconds: int | None = None
    takeOwnership: bool | None = None
    useNative: bool | None = None


class WorkloadoptimizationV1RecommendationSummary(BaseModel):
    actionType: WorkloadoptimizationV1ActionType | None = None
    applyType: WorkloadoptimizationV1ApplyType | None = None
    confidence: WorkloadoptimizationV1SummaryConfidence | None = None
    containerRecommendations: (
        dict[str, WorkloadoptimizationV1ContainerRecommendationSummary] | None
    ) = None
    origins: list[WorkloadoptimizationV1RecommendationOrigin] | None = None
    thresholds: WorkloadoptimizationV1WorkloadThresholds | None = None


class WorkloadoptimizationV1RecommendedPodCountChangedEvent(BaseModel):
    current: int
    debugData: dict[str, Any] | None = None
    previous: int
    summary: WorkloadoptimizationV1RecommendationSummary | None = None


class WorkloadoptimizationV1RecommendedRequestsChangedEvent(BaseModel):
    applyType: WorkloadoptimizationV1ApplyType
    current: WorkloadoptimizationV1RecommendedRequestsChangedEventChange
    debugData: dict[str, Any] | None = None
    origins: list[WorkloadoptimizationV1RecommendationOrigin] | None = None
    previous: WorkloadoptimizationV1RecommendedRequestsChangedEventChange
    summary: WorkloadoptimizationV1RecommendationSummary | None = None


class WorkloadoptimizationV1ScalingPolicyHPASettings(BaseModel):
    managementOption: WorkloadoptimizationV1ManagementOption
    nativeHpaSpec: WorkloadoptimizationV1ScalingPolicyNativeHPASpec
    takeOwnership: bool


class WorkloadoptimizationV1UpdateWorkloadScalingPolicy(BaseModel):
    applyType: WorkloadoptimizationV1ApplyType
    assignmentRules: list[WorkloadoptimizationV1ScalingPolicyAssignmentRule] | None = (
        None
    )
    hpaSettings: WorkloadoptimizationV1ScalingPolicyHPASettings | None = None
    isOpsPilot: bool | None = None
    name: str
    recommendationPolicies: WorkloadoptimizationV1RecommendationPolicies


class WorkloadoptimizationV1VPAConfig(BaseModel):
    anomalyDetection: WorkloadoptimizationV1AnomalyDetectionSettings | None = None
    antiAffinity: WorkloadoptimizationV1AntiAffinitySettings
    applyType: WorkloadoptimizationV1ApplyType
    containerConstraints: list[WorkloadoptimizationV1ContainerConstraints]
    containers: list[WorkloadoptimizationV1ContainerConfig]
    cpu: WorkloadoptimizationV1ResourceConfig
    downscaling: WorkloadoptimizationV1DownscalingSettings | None = None
    excludedContainers: list[str] | None = None
    hpaConverters: list[WorkloadoptimizationV1HPAConverters] | None = None
    jvm: WorkloadoptimizationV1JVMRuntimeConfiguration | None = None
    managementOption: WorkloadoptimizationV1ManagementOption
    memory: WorkloadoptimizationV1ResourceConfig
    memoryEvent: WorkloadoptimizationV1MemoryEventSettings | None = None
    predictiveScaling: WorkloadoptimizationV1PredictiveScalingSettings | None = None
    startup: WorkloadoptimizationV1StartupSettings | None = None


class WorkloadoptimizationV1WorkloadConfigUpdateV2(BaseModel):
    hpaConfig: WorkloadoptimizationV1HPAConfigUpdate | None = None
    vpaConfig: WorkloadoptimizationV1VPAConfigUpdate | None = None


class WorkloadoptimizationV1WorkloadConfigV2(BaseModel):
    hpaConfig: WorkloadoptimizationV1HPAConfig
    rolloutBehavior: WorkloadoptimizationV1RolloutBehaviorSettings | None = None
    vpaConfig: WorkloadoptimizationV1VPAConfig


class WorkloadoptimizationV1WorkloadOverrides(BaseModel):
    horizontal: WorkloadoptimizationV1HorizontalOverrides | None = None
    rolloutBehavior: WorkloadoptimizationV1RolloutBehaviorSettings | None = None
    vertical: WorkloadoptimizationV1VerticalOverrides | None = None


class WorkloadoptimizationV1WorkloadRecommendation(BaseModel):
    confidence: float
    deployed: bool
    estimatedThresholdReachedAt: AwareDatetime | None = None
    events: list[WorkloadoptimizationV1RecommendationEvent]
    hpaSpec: WorkloadoptimizationV1HPASpec | None = None
    origins: list[WorkloadoptimizationV1RecommendationOrigin] | None = None
    replicas: int | None = None


class WorkloadoptimizationV1WorkloadScalingPolicy(BaseModel):
    applyType: WorkloadoptimizationV1ApplyType
    assignmentRules: list[WorkloadoptimizationV1ScalingPolicyAssignmentRule] | None = (
        None
    )
    clusterId: str
    createdAt: AwareDatetime
    hasWorkloadsConfiguredByAnnotations: bool
    hpaSettings: WorkloadoptimizationV1ScalingPolicyHPASettings | None = None
    id: str
    isCastware: bool
    isDefault: bool
    isOpsPilot: bool
    isReadonly: bool
    name: str
    organizationId: str
    recommendationPolicies: WorkloadoptimizationV1RecommendationPolicies
    updatedAt: AwareDatetime


class CastaiEvictorV1AdvancedConfig(BaseModel):
    evictionConfig: list[CastaiEvictorV1EvictionConfig]


class CastaiInventoryV1beta1AWSCapacityBlockContext(BaseModel):
    availabilityZone: str | None = None
    availabilityZoneId: str | None = None
    availableInstanceCount: str | None = None
    effectiveCount: str | None = None
    id: str | None = None
    instancePlatform: str | None = None
    instanceType: str | None = None
    instanceTypeCpu: str | None = None
    instanceTypeMemoryMib: str | None = None
    instanceTypesUsage: CastaiInventoryV1beta1InstanceTypeBasedUsage | None = None
    state: str | None = None
    totalInstanceCount: str | None = None
    totalPrice: str | None = None


class CastaiInventoryV1beta1AWSODCRContext(BaseModel):
    availabilityZone: str | None = None
    availabilityZoneId: str | None = None
    availableInstanceCount: str | None = None
    effectiveCount: str | None = None
    endDateType: str | None = None
    hourlyPrice: str | None = None
    id: str | None = None
    instanceMatchCriteria: str | None = None
    instancePlatform: str | None = None
    instanceType: str | None = None
    instanceTypeCpu: str | None = None
    instanceTypeMemoryMib: str | None = None
    instanceTypesUsage: CastaiInventoryV1beta1InstanceTypeBasedUsage | None = None
    interruptible: bool | None = None
    state: str | None = None
    tenancy: str | None = None
    totalInstanceCount: str | None = None


class CastaiInventoryV1beta1AWSReservedInstancesContext(BaseModel):
    availabilityZoneId: str | None = None
    availabilityZoneName: str | None = None
    effectiveCount: str | None = None
    effectiveCpu: str | None = None
    effectiveMemoryMib: str | None = None
    id: str | None = None
    instanceCount: str | None = None
    instanceType: str | None = None
    instanceTypeCpu: str | None = None
    instanceTypeMemoryMib: str | None = None
    instanceTypesUsage: CastaiInventoryV1beta1InstanceTypeBasedUsage | None = None
    scope: str | None = None
    state: str | None = None
    totalCost: str | None = None


class CastaiInventoryV1beta1AWSSavingsPlan(BaseModel):
    commitmentAmount: float | None = None
    commitmentTerm: CastaiInventoryV1beta1AWSSavingsPlanCommitmentTermUnit | None = None
    effectiveCommitmentAmount: float | None = None
    id: str | None = None
    instanceTypeFamily: str | None = None
    instanceTypesUsage: CastaiInventoryV1beta1InstanceTypeBasedUsage | None = None
    offeringId: str | None = None
    paymentOption: CastaiInventoryV1beta1AWSSavingsPlanPaymentOption | None = None
    region: str | None = None
    state: str | None = None
    type: str | None = None


class CastaiInventoryV1beta1AzureReservation(BaseModel):
    count: int | None = None
    effectiveCpu: str | None = None
    effectiveMemoryMib: str | None = None
    id: str | None = None
    instanceFlexibility: (
        CastaiInventoryV1beta1AzureReservationInstanceFlexibility | None
    ) = None
    instanceFlexibilityGroup: str | None = None
    instanceFlexibilityRatio: float | None = None
    instanceType: str | None = None
    instanceTypeCpu: str | None = None
    instanceTypeMemoryMib: str | None = None
    instanceTypesUsage: CastaiInventoryV1beta1InstanceTypeBasedUsage | None = None
    plan: CastaiInventoryV1beta1AzureReservationReservationPlan | None = None
    purchaseTime: AwareDatetime | None = None
    scope: str | None = None
    scopeResourceGroup: str | None = None
    scopeSubscription: str | None = None
    status: str | None = None
    totalCost: str | None = None


class CastaiInventoryV1beta1AzureSavingsPlanContext(BaseModel):
    commitmentAmount: float | None = None
    effectiveCommitmentAmount: float | None = None
    id: str | None = None
    instanceTypesUsage: CastaiInventoryV1beta1InstanceTypeBasedUsage | None = None
    provisioningState: str | None = None
    scope: CastaiInventoryV1beta1AzureSavingsPlanContextAzureSavingsPlanScope | None = (
        None
    )
    scopeManagementGroup: str | None = None
    scopeResourceGroup: str | None = None
    scopeSubscription: str | None = None
    scopeTenant: str | None = None
    term: CastaiInventoryV1beta1AzureSavingsPlanContextAzureSavingsPlanTerm | None = (
        None
    )


class CastaiInventoryV1beta1CountableInstanceType(BaseModel):
    clusterId: str | None = None
    count: int | None = None
    instanceType: CastaiInventoryV1beta1InstanceType | None = None


class CastaiInventoryV1beta1GCPCapacityReservationContext(BaseModel):
    accelerators: list[CastaiInventoryV1beta1GCPReservationAccelerator] | None = None
    assuredInstanceCount: str | None = None
    effectiveCount: str | None = None
    effectiveCpu: str | None = None
    effectiveMemoryMib: str | None = None
    id: str | None = None
    inUseInstanceCount: str | None = None
    instanceType: str | None = None
    instanceTypeCpu: str | None = None
    instanceTypeMemoryMib: str | None = None
    instanceTypesUsage: CastaiInventoryV1beta1InstanceTypeBasedUsage | None = None
    localSsds: list[CastaiInventoryV1beta1GCPReservationLocalSsd] | None = None
    minCpuPlatform: str | None = None
    projectId: str | None = None
    shareSettings: CastaiInventoryV1beta1GCPReservationShareSettings | None = None
    specificReservationRequired: bool | None = None
    state: str | None = None
    totalInstanceCount: str | None = None
    zone: str | None = None


class CastaiInventoryV1beta1GCPFlexCUD(BaseModel):
    commitmentAmount: float | None = None
    displayName: str | None = None
    effectiveCommitmentAmount: float | None = None
    instanceTypesUsage: CastaiInventoryV1beta1InstanceTypeBasedUsage | None = None
    lineItemId: str | None = None
    offer: str | None = None
    orderName: str | None = None
    plan: CastaiInventoryV1beta1GCPFlexCUDCUDPlan | None = None
    region: str | None = None
    state: str | None = None


class CastaiInventoryV1beta1GCPResourceCUD(BaseModel):
    cpu: str | None = None
    cudId: str | None = None
    effectiveCpu: str | None = None
    effectiveMemoryMib: str | None = None
    instanceTypesUsage: CastaiInventoryV1beta1InstanceTypeBasedUsage | None = None
    memoryMb: str | None = None
    plan: CastaiInventoryV1beta1GCPResourceCUDCUDPlan | None = None
    price: CastaiInventoryV1beta1GCPResourceCUDPrice | None = None
    status: str | None = None
    type: str | None = None


class CastaiInventoryV1beta1GetOrganizationReservationsBalanceResponse(BaseModel):
    reservations: list[CastaiInventoryV1beta1ReservationBalanceV2] | None = None


class CastaiInventoryV1beta1GetOrganizationResourceUsageResponse(BaseModel):
    instanceTypes: list[CastaiInventoryV1beta1InstanceTypeAggregate] | None = None


class CastaiInventoryV1beta1ReservationBalance(BaseModel):
    instanceTypes: list[CastaiInventoryV1beta1CountableInstanceType] | None = None
    reservation: CastaiInventoryV1beta1ReservationDetails | None = None
    usage: float | None = None


class CastaiRbacV1beta1ListRoleBindingsResponse(BaseModel):
    nextPage: CastaiPaginationV1beta1Page
    roleBindings: list[CastaiRbacV1beta1RoleBinding] | None = None
    totalCount: str | None = None


class NodetemplatesV1NewNodeTemplate(BaseModel):
    clmEnabled: bool | None = None
    configurationId: str | None = None
    constraints: NodetemplatesV1TemplateConstraints | None = None
    customInstancesEnabled: bool | None = None
    customInstancesWithExtendedMemoryEnabled: bool | None = None
    customLabel: NodetemplatesV1Label | None = None
    customLabels: dict[str, str] | None = None
    customTaints: list[NodetemplatesV1TaintWithOptionalEffect] | None = None
    edgeLocationIds: list[str] | None = None
    gpu: NodetemplatesV1GPU | None = None
    isDefault: bool | None = None
    isEnabled: bool | None = None
    name: str | None = None
    priceAdjustmentConfiguration: NodetemplatesV1PriceAdjustmentConfiguration | None = (
        None
    )
    rebalancingConfig: NodetemplatesV1RebalancingConfiguration | None = None
    shouldTaint: bool | None = None
    stopEnabled: bool | None = None


class NodetemplatesV1NodeTemplate(BaseModel):
    clmEnabled: bool | None = None
    configurationId: str | None = None
    configurationName: str | None = None
    constraints: NodetemplatesV1TemplateConstraints | None = None
    customInstancesEnabled: bool | None = None
    customInstancesWithExtendedMemoryEnabled: bool | None = None
    customLabel: NodetemplatesV1Label | None = None
    customLabels: dict[str, str] | None = None
    customTaints: list[NodetemplatesV1Taint] | None = None
    edgeLocationIds: list[str] | None = None
    gpu: NodetemplatesV1GPU | None = None
    isDefault: bool | None = None
    isEnabled: bool | None = None
    name: str | None = None
    priceAdjustmentConfiguration: NodetemplatesV1PriceAdjustmentConfiguration | None = (
        None
    )
    rebalancingConfig: NodetemplatesV1RebalancingConfiguration | None = None
    shouldTaint: bool | None = None
    stopEnabled: bool | None = None
    version: str | None = None


class NodetemplatesV1NodeTemplateListItem(BaseModel):
    stats: NodetemplatesV1NodeTemplateListItemStats
    template: NodetemplatesV1NodeTemplate


class WorkloadoptimizationV1ConfigurationChangedV2(BaseModel):
    scalingPolicyConfig: WorkloadoptimizationV1ScalingPolicyConfig
    workloadConfig: WorkloadoptimizationV1WorkloadConfigV2


class WorkloadoptimizationV1ConversionResult(BaseModel):
    converted: WorkloadoptimizationV1HPASpec | None = None
    converterType: WorkloadoptimizationV1HPAConverterType
    errorMessage: str | None = None
    status: WorkloadoptimizationV1ConversionResultStatus


class WorkloadoptimizationV1CustomMetricsDataSourceDataPrometheus(BaseModel):
    dataSource: WorkloadoptimizationV1CustomMetricsDataSourceDataPrometheusDataSource
    metrics: (
        WorkloadoptimizationV1CustomMetricsDataSourceDataPrometheusMetrics | None
    ) = None


class WorkloadoptimizationV1HPAState(BaseModel):
    legacyConfig: WorkloadoptimizationV1HPALegacyConfig | None = None
    legacyUnsupportedReason: WorkloadoptimizationV1HPALegacyUnsupportedReason | None = (
        None
    )
    mode: WorkloadoptimizationV1HPAMode
    nativeHpa: WorkloadoptimizationV1HPASpec | None = None
    v2Config: WorkloadoptimizationV1HPAV2Config | None = None
    v2UnsupportedReason: WorkloadoptimizationV1HPAUnsupportedReason | None = None


class WorkloadoptimizationV1ListWorkloadScalingPoliciesResponse(BaseModel):
    items: list[WorkloadoptimizationV1WorkloadScalingPolicy]


class WorkloadoptimizationV1NewWorkloadScalingPolicy(BaseModel):
    applyType: WorkloadoptimizationV1ApplyType
    assignmentRules: list[WorkloadoptimizationV1ScalingPolicyAssignmentRule] | None = (
        None
    )
    hpaSettings: WorkloadoptimizationV1ScalingPolicyHPASettings | None = None
    isOpsPilot: bool | None = None
    name: str
    recommendationPolicies: WorkloadoptimizationV1RecommendationPolicies


class WorkloadoptimizationV1PatchWorkloadV2(BaseModel):
    scalingPolicyId: str | None = None
    workloadConfig: WorkloadoptimizationV1WorkloadConfigUpdateV2 | None = None


class WorkloadoptimizationV1ScalingPolicyAssigned(BaseModel):
    policy: WorkloadoptimizationV1WorkloadScalingPolicy


class WorkloadoptimizationV1ScalingPolicyCreated(BaseModel):
    policy: WorkloadoptimizationV1WorkloadScalingPolicy


class WorkloadoptimizationV1ScalingPolicyDeleted(BaseModel):
    policy: WorkloadoptimizationV1WorkloadScalingPolicy


class WorkloadoptimizationV1ScalingPolicyUpdated(BaseModel):
    current: WorkloadoptimizationV1WorkloadScalingPolicy
    previous: WorkloadoptimizationV1WorkloadScalingPolicy


class WorkloadoptimizationV1UpdateWorkloadV2(BaseModel):
    scalingPolicyId: str
    workloadConfig: WorkloadoptimizationV1WorkloadConfigUpdateV2 | None = None


class WorkloadoptimizationV1Workload(BaseModel):
    annotations: list[WorkloadoptimizationV1KeyValuePair]
    clusterId: str
    containers: list[WorkloadoptimizationV1Container]
    costsPerHour: WorkloadoptimizationV1Costs | None = None
    createdAt: AwareDatetime
    deployedRecommendation: WorkloadoptimizationV1DeployedRecommendation | None = None
    error: str | None = None
    errorTitle: str | None = None
    group: str
    hasNativeHpa: bool | None = None
    hpaSpec: WorkloadoptimizationV1HPASpec | None = None
    hpaState: WorkloadoptimizationV1HPAState | None = None
    id: str
    isCustom: bool
    isJobLike: bool
    kind: str
    labels: list[WorkloadoptimizationV1KeyValuePair]
    managedBy: WorkloadoptimizationV1ManagedBy
    matchingPodCount: int
    name: str
    namespace: str
    nativeHpaUnsupportedReasonDetails: (
        WorkloadoptimizationV1HPAUnsupportedReason | None
    ) = None
    organizationId: str
    podCount: int
    predictionInsights: WorkloadoptimizationV1PredictiveInsights
    recommendation: WorkloadoptimizationV1WorkloadRecommendation | None = None
    recommendationStatus: WorkloadoptimizationV1RecommendationStatus
    replicas: int
    scaledPodCount: int
    scalingPolicyId: str
    scalingPolicyName: str
    scalingPolicyOrigin: WorkloadoptimizationV1ScalingPolicyOrigin
    suggestedScalingPolicyId: str | None = None
    suggestedScalingPolicyName: str | None = None
    systemOverrides: WorkloadoptimizationV1WorkloadSystemOverrides
    updatedAt: AwareDatetime
    version: str
    woopHpaUnsupportedReason: str | None = None
    workloadConfigV2: WorkloadoptimizationV1WorkloadConfigV2
    workloadOverrides: WorkloadoptimizationV1WorkloadOverrides | None = None


class CastaiInventoryV1beta1Commitment(BaseModel):
    allowedUsage: float | None = None
    autoAssignment: bool | None = None
    awsCapacityBlockContext: CastaiInventoryV1beta1AWSCapacityBlockContext | None = None
    awsOdcrContext: CastaiInventoryV1beta1AWSODCRContext | None = None
    awsReservedInstancesContext: (
        CastaiInventoryV1beta1AWSReservedInstancesContext | None
    ) = None
    awsSavingsPlanContext: CastaiInventoryV1beta1AWSSavingsPlan | None = None
    azureReservationContext: CastaiInventoryV1beta1AzureReservation | None = None
    azureSavingsPlanContext: CastaiInventoryV1beta1AzureSavingsPlanContext | None = None
    endDate: AwareDatetime | None = None
    gcpCapacityReservationContext: (
        CastaiInventoryV1beta1GCPCapacityReservationContext | None
    ) = None
    gcpFlexCudContext: CastaiInventoryV1beta1GCPFlexCUD | None = None
    gcpResourceCudContext: CastaiInventoryV1beta1GCPResourceCUD | None = None
    id: str | None = None
    name: str | None = None
    prioritization: bool | None = None
    region: str | None = None
    scalingStrategy: CastaiInventoryV1beta1CommitmentScalingStrategy | None = None
    startDate: AwareDatetime | None = None
    state: CastaiInventoryV1beta1CommitmentState | None = None
    status: CastaiInventoryV1beta1CommitmentStatus | None = None
    updatedAt: AwareDatetime | None = None


class CastaiInventoryV1beta1GetCommitmentResponse(BaseModel):
    commitment: CastaiInventoryV1beta1Commitment | None = None


class CastaiInventoryV1beta1GetCommitmentsResponse(BaseModel):
    commitments: list[CastaiInventoryV1beta1Commitment] | None = None


class CastaiInventoryV1beta1GetReservationsBalanceResponse(BaseModel):
    reservations: list[CastaiInventoryV1beta1ReservationBalance] | None = None


class CastaiInventoryV1beta1UpdateCommitmentResponse(BaseModel):
    commitments: CastaiInventoryV1beta1Commitment | None = None


class NodetemplatesV1GenerateNodeTemplatesResponse(BaseModel):
    items: list[NodetemplatesV1NodeTemplateListItem] | None = None


class NodetemplatesV1ListNodeTemplatesResponse(BaseModel):
    items: list[NodetemplatesV1NodeTemplateListItem] | None = None


class WorkloadOptimizationAPIPatchWorkloadV2Request(BaseModel):
    updateMask: str | None = None
    workload: WorkloadoptimizationV1PatchWorkloadV2 | None = None


class WorkloadoptimizationV1ClusterHPA(BaseModel):
    conversion: WorkloadoptimizationV1ConversionResult | None = None
    inCluster: WorkloadoptimizationV1HPASpec
    management: WorkloadoptimizationV1HPAManagement
    name: str
    namespace: str
    original: WorkloadoptimizationV1HPASpec
    owner: WorkloadoptimizationV1HPAOwner
    workload: WorkloadoptimizationV1HPAWorkloadTarget


class WorkloadoptimizationV1ConfigurationChangedEventV2(BaseModel):
    current: WorkloadoptimizationV1ConfigurationChangedV2
    previous: WorkloadoptimizationV1ConfigurationChangedV2


class WorkloadoptimizationV1CustomMetricsDataSourceData(BaseModel):
    nodeWorkload: (
        WorkloadoptimizationV1CustomMetricsDataSourceDataNodeWorkload | None
    ) = None
    prometheus: WorkloadoptimizationV1CustomMetricsDataSourceDataPrometheus | None = (
        None
    )


class WorkloadoptimizationV1Event(BaseModel):
    configurationChangedV2: WorkloadoptimizationV1ConfigurationChangedEventV2 | None = (
        None
    )
    cpuPressure: WorkloadoptimizationV1CPUPressureEvent | None = None
    cpuPressureResolved: WorkloadoptimizationV1CPUPressureResolvedEvent | None = None
    failedHook: WorkloadoptimizationV1FailedHookEvent | None = None
    gpuRecommendedRequestsChanged: (
        WorkloadoptimizationV1GPURecommendedRequestsChangedEvent | None
    ) = None
    hpaAlmostMaxedOut: WorkloadoptimizationV1HPAMaxedOutEvent | None = None
    hpaMaxedOut: WorkloadoptimizationV1HPAMaxedOutEvent | None = None
    memoryPressureEviction: WorkloadoptimizationV1MemoryPressureEvictionEvent | None = (
        None
    )
    nativeVpaStateChanged: WorkloadoptimizationV1NativeVPAStateChangedEvent | None = (
        None
    )
    oomKill: WorkloadoptimizationV1OOMKillEvent | None = None
    recommendedPodCountChanged: (
        WorkloadoptimizationV1RecommendedPodCountChangedEvent | None
    ) = None
    recommendedRequestsChanged: (
        WorkloadoptimizationV1RecommendedRequestsChangedEvent | None
    ) = None
    scalingPolicyAssigned: WorkloadoptimizationV1ScalingPolicyAssigned | None = None
    scalingPolicyCreated: WorkloadoptimizationV1ScalingPolicyCreated | None = None
    scalingPolicyDeleted: WorkloadoptimizationV1ScalingPolicyDeleted | None = None
    scalingPolicyOrderUpdated: (
        WorkloadoptimizationV1ScalingPolicyOrderUpdatedEvent | None
    ) = None
    scalingPolicyUpdated: WorkloadoptimizationV1ScalingPolicyUpdated | None = None
    startupFailure: WorkloadoptimizationV1StartupFailureEvent | None = None
    surge: WorkloadoptimizationV1SurgeEvent | None = None
    systemOverrideReset: WorkloadoptimizationV1SystemOverrideResetEvent | None = None
    systemOverrideTriggered: (
        WorkloadoptimizationV1SystemOverrideTriggeredEvent | None
    ) = None
    unboundMemoryGrowth: WorkloadoptimizationV1UnboundMemoryGrowthEvent | None = None


class WorkloadoptimizationV1GetWorkloadResponse(BaseModel):
    metrics: WorkloadoptimizationV1WorkloadMetrics | None = None
    pods: list[WorkloadoptimizationV1PodMetadata]
    workload: WorkloadoptimizationV1Workload


class WorkloadoptimizationV1ListClusterHPAsResponse(BaseModel):
    items: list[WorkloadoptimizationV1ClusterHPA]


class WorkloadoptimizationV1ListWorkloadsResponse(BaseModel):
    nextCursor: str | None = None
    workloads: list[WorkloadoptimizationV1Workload]


class WorkloadoptimizationV1UpdateWorkloadResponseV2(BaseModel):
    workload: WorkloadoptimizationV1Workload | None = None


class WorkloadoptimizationV1WorkloadEvent(BaseModel):
    clusterId: str
    createdAt: AwareDatetime
    event: WorkloadoptimizationV1Event
    id: str
    initiatedBy: WorkloadoptimizationV1InitiatedBy | None = None
    organizationId: str
    type: WorkloadoptimizationV1EventType
    workloads: list[WorkloadoptimizationV1WorkloadEventWorkload] | None = None


class CastaiInventoryV1beta1BatchUpdateCommitmentsResponse(BaseModel):
    commitments: list[CastaiInventoryV1beta1Commitment] | None = None


class WorkloadoptimizationV1CustomMetricsDataSource(BaseModel):
    clusterId: str
    createdAt: AwareDatetime
    data: WorkloadoptimizationV1CustomMetricsDataSourceData
    errors: list[str] | None = None
    id: str
    installedByCast: bool
    kubeResourceName: str
    managedByCast: bool
    name: str
    organizationId: str
    status: WorkloadoptimizationV1CustomMetricsDataSourceStatus
    syncedAt: AwareDatetime | None = None
    type: WorkloadoptimizationV1CustomMetricsDataSourceType
    updatedAt: AwareDatetime
    warnings: list[str] | None = None


class WorkloadoptimizationV1GetWorkloadEventResponse(BaseModel):
    event: WorkloadoptimizationV1WorkloadEvent


class WorkloadoptimizationV1ListCustomMetricsDataSourcesResponse(BaseModel):
    items: list[WorkloadoptimizationV1CustomMetricsDataSource]


class WorkloadoptimizationV1ListWorkloadEventsResponse(BaseModel):
    items: list[WorkloadoptimizationV1WorkloadEvent]
    nextCursor: str | None = None


class WorkloadOptimizationAPIQueryWorkloadMetricsRequest(BaseModel):
    attributes: WorkloadoptimizationV1MetricsAttributes | None = None
    filter: WorkloadoptimizationV1MetricsFilter | None = None
    metrics: list[WorkloadoptimizationV1MetricsNamedExpr]


class WorkloadoptimizationV1MetricsBinaryOp(BaseModel):
    left: WorkloadoptimizationV1MetricsExpr
    op: WorkloadoptimizationV1MetricsBinaryOpType
    right: WorkloadoptimizationV1MetricsExpr


class WorkloadoptimizationV1MetricsExpr(BaseModel):
    binaryOp: WorkloadoptimizationV1MetricsBinaryOp | None = None
    metricRef: WorkloadoptimizationV1MetricsMetricRef | None = None
    scalarOp: WorkloadoptimizationV1MetricsScalarOp | None = None


class WorkloadoptimizationV1MetricsFilter(BaseModel):
    expr: WorkloadoptimizationV1MetricsFilterExpr | None = None
    fromTime: AwareDatetime | None = None
    toTime: AwareDatetime | None = None


class WorkloadoptimizationV1MetricsFilterAnd(BaseModel):
    children: list[WorkloadoptimizationV1MetricsFilterExpr]


class WorkloadoptimizationV1MetricsFilterExpr(BaseModel):
    and_: Annotated[
        WorkloadoptimizationV1MetricsFilterAnd | None, Field(alias="and")
    ] = None
    container: WorkloadoptimizationV1StringMatch | None = None
    isCustom: WorkloadoptimizationV1BoolMatch | None = None
    kind: WorkloadoptimizationV1StringMatch | None = None
    label: WorkloadoptimizationV1LabelMatch | None = None
    name: WorkloadoptimizationV1StringMatch | None = None
    namespace: WorkloadoptimizationV1StringMatch | None = None
    not_: Annotated[
        WorkloadoptimizationV1MetricsFilterNot | None, Field(alias="not")
    ] = None
    or_: Annotated[WorkloadoptimizationV1MetricsFilterOr | None, Field(alias="or")] = (
        None
    )
    scalingPolicyName: WorkloadoptimizationV1StringMatch | None = None
    workloadId: WorkloadoptimizationV1WorkloadIDMatch | None = None


class WorkloadoptimizationV1MetricsFilterNot(BaseModel):
    child: WorkloadoptimizationV1MetricsFilterExpr


class WorkloadoptimizationV1MetricsFilterOr(BaseModel):
    children: list[WorkloadoptimizationV1MetricsFilterExpr]


class WorkloadoptimizationV1MetricsNamedExpr(BaseModel):
    expr: WorkloadoptimizationV1MetricsExpr
    name: str | None = None


class WorkloadoptimizationV1MetricsScalarOp(BaseModel):
    op: WorkloadoptimizationV1MetricsScalarOpType
    operand: WorkloadoptimizationV1MetricsExpr
    scalar: float


WorkloadOptimizationAPIQueryWorkloadMetricsRequest.model_rebuild()
WorkloadoptimizationV1MetricsBinaryOp.model_rebuild()
WorkloadoptimizationV1MetricsExpr.model_rebuild()
WorkloadoptimizationV1MetricsFilter.model_rebuild()
WorkloadoptimizationV1MetricsFilterAnd.model_rebuild()
WorkloadoptimizationV1MetricsFilterExpr.model_rebuild()