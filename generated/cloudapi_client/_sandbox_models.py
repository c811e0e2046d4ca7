"""Pydantic models of the spec (datamodel-code-generator). Generated: do not edit."""

from __future__ import annotations

from typing import Annotated
from pydantic import AwareDatetime, BaseModel, Field, RootModel
from enum import Enum
from datetime import date


class RequestId(RootModel[str]):
    root: Annotated[
        str,
        Field(
            description="Identifier of the request, for support.",
            examples=["req_9c0e1"],
        ),
    ]


class NextCursor(RootModel[str | None]):
    root: Annotated[
        str | None,
        Field(
            description="Pass as `cursor` to fetch the next page; `null` on the last page.",
            examples=["usr_8f2"],
        ),
    ]


class ErrorType(Enum):
    invalid_request_error = "invalid_request_error"
    authentication_error = "authentication_error"
    permission_error = "permission_error"
    not_found_error = "not_found_error"
    conflict_error = "conflict_error"
    rate_limit_error = "rate_limit_error"
    api_error = "api_error"


class Error(BaseModel):
    type: ErrorType
    code: Annotated[
        str,
        Field(
            description="Stable machine-readable code, for example `invalid_api_key`, `missing_scope`, `resource_not_found`, `parameter_invalid`.",
            examples=["parameter_invalid"],
        ),
    ]
    message: Annotated[
        str,
        Field(
            description="Human-readable explanation.",
            examples=["limit must be between 1 and 100."],
        ),
    ]
    param: Annotated[
        str | None,
        Field(
            description="The parameter or body field at fault, when there is one.",
            examples=["limit"],
        ),
    ] = None


class ErrorResponse(BaseModel):
    error: Error
    request_id: RequestId


class ProjectStatus(Enum):
    active = "active"
    suspended = "suspended"
    archived = "archived"


class Project(BaseModel):
    id: Annotated[str, Field(examples=["proj_8f2c4"])]
    name: Annotated[str, Field(examples=["Core Platform"])]
    status: ProjectStatus
    created_at: Annotated[AwareDatetime, Field(examples=["2026-01-12T09:30:00Z"])]


class ProjectResponse(BaseModel):
    data: Project
    request_id: RequestId


class ProjectListResponse(BaseModel):
    data: list[Project]
    next_cursor: NextCursor | None
    request_id: RequestId


class UserRole(Enum):
    owner = "owner"
    admin = "admin"
    member = "member"
    viewer = "viewer"


class UserStatus(Enum):
    invited = "invited"
    active = "active"
    deactivated = "deactivated"


class User(BaseModel):
    id: Annotated[str, Field(examples=["usr_8f2"])]
    email: Annotated[
        str,
        Field(
            description="Email address the user signs in with.",
            examples=["ada@example.com"],
        ),
    ]
    name: Annotated[str | None, Field(examples=["Ada Lovelace"])] = None
    role: UserRole
    status: UserStatus
    created_at: Annotated[AwareDatetime, Field(examples=["2026-01-15T11:02:00Z"])]


class UserResponse(BaseModel):
    data: User
    request_id: RequestId


class UserListResponse(BaseModel):
    data: list[User]
    next_cursor: NextCursor | None
    request_id: RequestId


class KeyStatus(Enum):
    active = "active"
    revoked = "revoked"


class CreateKeyRequest(BaseModel):
    project_id: Annotated[
        str,
        Field(
            description="Project the key will be scoped to.", examples=["proj_8f2c4"]
        ),
    ]
    name: Annotated[
        str | None,
        Field(
            description="Optional label shown in the dashboard.",
            examples=["ci-deployer"],
            max_length=100,
        ),
    ] = None


class Key(BaseModel):
    id: Annotated[str, Field(examples=["key_7d1"])]
    project_id: Annotated[str, Field(examples=["proj_8f2c4"])]
    name: Annotated[str | None, Field(examples=["ci-deployer"])] = None
    prefix: Annotated[
        str,
        Field(
            description="First characters of the secret, to recognise the key.",
            examples=["sk_live_2f7a"],
        ),
    ]
    status: KeyStatus
    created_at: Annotated[AwareDatetime, Field(examples=["2026-03-02T08:15:00Z"])]
    last_used_at: Annotated[
        AwareDatetime | None, Field(examples=["2026-03-20T17:45:12Z"])
    ] = None
    revoked_at: Annotated[AwareDatetime | None, Field(examples=[None])] = None


class CreatedKey(BaseModel):
    id: Annotated[str, Field(examples=["key_7d1"])]
    project_id: Annotated[str, Field(examples=["proj_8f2c4"])]
    name: Annotated[str | None, Field(examples=["ci-deployer"])] = None
    prefix: Annotated[str, Field(examples=["sk_live_2f7a"])]
    secret: Annotated[
        str,
        Field(
            description="The full API key. Store it securely; it cannot be retrieved again.",
            examples=["sk_live_2f7a9c41d0e84b6f8a3c5e7d9b1f2a4c"],
        ),
    ]
    status: KeyStatus
    created_at: Annotated[AwareDatetime, Field(examples=["2026-03-02T08:15:00Z"])]


class KeyRevocation(BaseModel):
    id: Annotated[str, Field(examples=["key_7d1"])]
    revoked: Annotated[bool, Field(examples=[True])]
    revoked_at: Annotated[AwareDatetime, Field(examples=["2026-03-21T10:00:00Z"])]


class KeyResponse(BaseModel):
    data: Key
    request_id: RequestId


class CreatedKeyResponse(BaseModel):
    data: CreatedKey
    request_id: RequestId


class KeyRevocationResponse(BaseModel):
    data: KeyRevocation
    request_id: RequestId


class KeyListResponse(BaseModel):
    data: list[Key]
    next_cursor: NextCursor | None
    request_id: RequestId


class Scope(Enum):
    projects_read = "projects:read"
    users_read = "users:read"
    keys_read = "keys:read"
    keys_write = "keys:write"
    tokens_read = "tokens:read"
    tokens_write = "tokens:write"
    usage_read = "usage:read"


class TokenStatus(Enum):
    active = "active"
    expired = "expired"
    revoked = "revoked"


class CreateTokenRequest(BaseModel):
    name: Annotated[str, Field(examples=["ci-token"], max_length=100, min_length=1)]
    scopes: Annotated[
        list[Scope], Field(examples=[["users:read", "usage:read"]], min_length=1)
    ]
    expires_at: Annotated[
        AwareDatetime | None,
        Field(
            description="When the token stops working. Omit for a token that does not expire.",
            examples=["2026-06-30T00:00:00Z"],
        ),
    ] = None


class Token(BaseModel):
    id: Annotated[str, Field(examples=["tok_2c9"])]
    name: Annotated[str, Field(examples=["ci-token"])]
    scopes: Annotated[list[Scope], Field(examples=[["users:read", "usage:read"]])]
    status: TokenStatus
    created_at: Annotated[AwareDatetime, Field(examples=["2026-03-03T12:00:00Z"])]
    expires_at: Annotated[AwareDatetime | None, Field(examples=[None])]
    last_used_at: Annotated[
        AwareDatetime | None, Field(examples=["2026-03-20T09:12:44Z"])
    ] = None
    revoked_at: Annotated[AwareDatetime | None, Field(examples=[None])] = None


class CreatedToken(BaseModel):
    id: Annotated[str, Field(examples=["tok_2c9"])]
    name: Annotated[str, Field(examples=["ci-token"])]
    token: Annotated[
        str,
        Field(
            description="The token value to send as a bearer. It cannot be retrieved again.",
            examples=["cap_6b1e0f93a7d24c58b2e1f4a9"],
        ),
    ]
    scopes: Annotated[list[Scope], Field(examples=[["users:read", "usage:read"]])]
    status: TokenStatus
    created_at: Annotated[AwareDatetime, Field(examples=["2026-03-03T12:00:00Z"])]
    expires_at: Annotated[AwareDatetime | None, Field(examples=[None])]


class TokenRevocation(BaseModel):
    id: Annotated[str, Field(examples=["tok_2c9"])]
    revoked: Annotated[bool, Field(examples=[True])]
    revoked_at: Annotated[AwareDatetime, Field(examples=["2026-03-21T10:05:00Z"])]


class TokenResponse(BaseModel):
    data: Token
    request_id: RequestId


class CreatedTokenResponse(BaseModel):
    data: CreatedToken
    request_id: RequestId


class TokenRevocationResponse(BaseModel):
    data: TokenRevocation
    request_id: RequestId


class TokenListResponse(BaseModel):
    data: list[Token]
    next_cursor: NextCursor | None
    request_id: RequestId


class Usage(BaseModel):
    period_start: Annotated[
        date,
        Field(
            description="First day of the billing period (inclusive).",
            examples=["2026-03-01"],
        ),
    ]
    period_end: Annotated[
        date,
        Field(
            description="Last day of the billing period (inclusive).",
            examples=["2026-03-31"],
        ),
    ]
    requests: Annotated[
        int,
        Field(
            description="Requests counted so far in the period.",
            examples=[184902],
            ge=0,
        ),
    ]
    overage: Annotated[
        int,
        Field(
            description="Requests above the project's included quota in the period.",
            examples=[0],
            ge=0,
        ),
    ]


class UsageResponse(BaseModel):
    data: Usage
    request_id: RequestId