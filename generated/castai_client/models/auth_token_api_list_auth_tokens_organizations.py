from typing import Literal

AuthTokenApiListAuthTokensOrganizations = Literal["ALL", "ORGANIZATIONS_UNSPECIFIED"]

AUTH_TOKEN_API_LIST_AUTH_TOKENS_ORGANIZATIONS_VALUES: set[
    AuthTokenApiListAuthTokensOrganizations
] = {
    "ALL",
    "ORGANIZATIONS_UNSPECIFIED",
}


def check_auth_token_api_list_auth_tokens_organizations(
    value: str,
) -> AuthTokenApiListAuthTokensOrganizations:
    if value in AUTH_TOKEN_API_LIST_AUTH_TOKENS_ORGANIZATIONS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AUTH_TOKEN_API_LIST_AUTH_TOKENS_ORGANIZATIONS_VALUES!r}"
    )
