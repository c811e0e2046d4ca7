"""A client library for accessing NetApp Kubernetes Service (StackPointCloud) API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
