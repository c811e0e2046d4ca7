from enum import StrEnum


class KeysetCategory(StrEnum):
    PROVIDER = "provider"
    SOLUTION = "solution"
    STORAGE = "storage"
    USER_SSH = "user_ssh"
    VCS = "vcs"

    def __str__(self) -> str:
        return str(self.value)
