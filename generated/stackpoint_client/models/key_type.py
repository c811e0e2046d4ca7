from enum import StrEnum


class KeyType(StrEnum):
    ACCESS_KEY = "access_key"
    OTHER = "other"
    PASSWORD = "password"
    PUB = "pub"
    PVT = "pvt"
    SCOPE = "scope"
    SUBSCRIPTION = "subscription"
    TENANT = "tenant"
    TOKEN = "token"
    URL = "url"
    USERNAME = "username"

    def __str__(self) -> str:
        return str(self.value)
