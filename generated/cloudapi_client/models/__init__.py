"""Contains all the data models used in inputs/outputs"""

from .create_key_request import CreateKeyRequest
from .create_token_request import CreateTokenRequest
from .created_key import CreatedKey
from .created_key_response import CreatedKeyResponse
from .created_token import CreatedToken
from .created_token_response import CreatedTokenResponse
from .error import Error
from .error_response import ErrorResponse
from .error_type import ErrorType
from .key import Key
from .key_list_response import KeyListResponse
from .key_response import KeyResponse
from .key_revocation import KeyRevocation
from .key_revocation_response import KeyRevocationResponse
from .key_status import KeyStatus
from .project import Project
from .project_list_response import ProjectListResponse
from .project_response import ProjectResponse
from .project_status import ProjectStatus
from .scope import Scope
from .token import Token
from .token_list_response import TokenListResponse
from .token_response import TokenResponse
from .token_revocation import TokenRevocation
from .token_revocation_response import TokenRevocationResponse
from .token_status import TokenStatus
from .usage import Usage
from .usage_response import UsageResponse
from .user import User
from .user_list_response import UserListResponse
from .user_response import UserResponse
from .user_role import UserRole
from .user_status import UserStatus

__all__ = (
    "CreatedKey",
    "CreatedKeyResponse",
    "CreatedToken",
    "CreatedTokenResponse",
    "CreateKeyRequest",
    "CreateTokenRequest",
    "Error",
    "ErrorResponse",
    "ErrorType",
    "Key",
    "KeyListResponse",
    "KeyResponse",
    "KeyRevocation",
    "KeyRevocationResponse",
    "KeyStatus",
    "Project",
    "ProjectListResponse",
    "ProjectResponse",
    "ProjectStatus",
    "Scope",
    "Token",
    "TokenListResponse",
    "TokenResponse",
    "TokenRevocation",
    "TokenRevocationResponse",
    "TokenStatus",
    "Usage",
    "UsageResponse",
    "User",
    "UserListResponse",
    "UserResponse",
    "UserRole",
    "UserStatus",
)
