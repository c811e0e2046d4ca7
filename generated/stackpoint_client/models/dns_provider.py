from enum import StrEnum


class DnsProvider(StrEnum):
    AWS_ROUTE53 = "aws-route53"
    GOOGLE_CLOUDDNS = "google-clouddns"

    def __str__(self) -> str:
        return str(self.value)
