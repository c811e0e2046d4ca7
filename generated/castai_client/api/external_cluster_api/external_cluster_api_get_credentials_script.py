from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.external_cluster_api_get_credentials_script_kent_params_item import (
    ExternalClusterApiGetCredentialsScriptKentParamsItem,
)
from ...models.externalcluster_v1_get_credentials_script_response import (
    ExternalclusterV1GetCredentialsScriptResponse,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    cluster_id: str,
    *,
    cross_role: bool | Unset = UNSET,
    nvidia_device_plugin: bool | Unset = UNSET,
    install_security_agent: bool | Unset = UNSET,
    install_autoscaler_agent: bool | Unset = UNSET,
    install_gpu_metrics_exporter: bool | Unset = UNSET,
    install_ai_optimizer_proxy: bool | Unset = UNSET,
    gcp_sa_impersonate: bool | Unset = UNSET,
    install_netflow_exporter: bool | Unset = UNSET,
    install_workload_autoscaler: bool | Unset = UNSET,
    install_pod_mutator: bool | Unset = UNSET,
    install_omni: bool | Unset = UNSET,
    gcp_psc: bool | Unset = UNSET,
    install_kent: bool | Unset = UNSET,
    kent_params: list[ExternalClusterApiGetCredentialsScriptKentParamsItem]
    | Unset = UNSET,
    install_operator: bool | Unset = UNSET,
    install_umbrella: bool | Unset = UNSET,
    install_security_image_scanning: bool | Unset = UNSET,
    install_security_compliance: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["crossRole"] = cross_role

    params["nvidiaDevicePlugin"] = nvidia_device_plugin

    params["installSecurityAgent"] = install_security_agent

    params["installAutoscalerAgent"] = install_autoscaler_agent

    params["installGpuMetricsExporter"] = install_gpu_metrics_exporter

    params["installAiOptimizerProxy"] = install_ai_optimizer_proxy

    params["gcpSaImpersonate"] = gcp_sa_impersonate

    params["installNetflowExporter"] = install_netflow_exporter

    params["installWorkloadAutoscaler"] = install_workload_autoscaler

    params["installPodMutator"] = install_pod_mutator

    params["installOmni"] = install_omni

    params["gcpPsc"] = gcp_psc

    params["installKent"] = install_kent

    json_kent_params: list[str] | Unset = UNSET
    if not isinstance(kent_params, Unset):
        json_kent_params = []
        for kent_params_item_data in kent_params:
            kent_params_item: str = kent_params_item_data
            json_kent_params.append(kent_params_item)

    params["kentParams"] = json_kent_params

    params["installOperator"] = install_operator

    params["installUmbrella"] = install_umbrella

    params["installSecurityImageScanning"] = install_security_image_scanning

    params["installSecurityCompliance"] = install_security_compliance

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/kubernetes/external-clusters/{cluster_id}/credentials-script".format(
            cluster_id=quote(str(cluster_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ExternalclusterV1GetCredentialsScriptResponse | None:
    if response.status_code == 200:
        response_200 = ExternalclusterV1GetCredentialsScriptResponse.from_dict(
            response.json()
        )

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ErrorResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | ExternalclusterV1GetCredentialsScriptResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    cluster_id: str,
    *,
    client: AuthenticatedClient | Client,
    cross_role: bool | Unset = UNSET,
    nvidia_device_plugin: bool | Unset = UNSET,
    install_security_agent: bool | Unset = UNSET,
    install_autoscaler_agent: bool | Unset = UNSET,
    install_gpu_metrics_exporter: bool | Unset = UNSET,
    install_ai_optimizer_proxy: bool | Unset = UNSET,
    gcp_sa_impersonate: bool | Unset = UNSET,
    install_netflow_exporter: bool | Unset = UNSET,
    install_workload_autoscaler: bool | Unset = UNSET,
    install_pod_mutator: bool | Unset = UNSET,
    install_omni: bool | Unset = UNSET,
    gcp_psc: bool | Unset = UNSET,
    install_kent: bool | Unset = UNSET,
    kent_params: list[ExternalClusterApiGetCredentialsScriptKentParamsItem]
    | Unset = UNSET,
    install_operator: bool | Unset = UNSET,
    install_umbrella: bool | Unset = UNSET,
    install_security_image_scanning: bool | Unset = UNSET,
    install_security_compliance: bool | Unset = UNSET,
) -> Response[ErrorResponse | ExternalclusterV1GetCredentialsScriptResponse]:
    """Get credentials script

    Args:
        cluster_id (str):
        cross_role (bool | Unset):
        nvidia_device_plugin (bool | Unset):
        install_security_agent (bool | Unset):
        install_autoscaler_agent (bool | Unset):
        install_gpu_metrics_exporter (bool | Unset):
        install_ai_optimizer_proxy (bool | Unset):
        gcp_sa_impersonate (bool | Unset):
        install_netflow_exporter (bool | Unset):
        install_workload_autoscaler (bool | Unset):
        install_pod_mutator (bool | Unset):
        install_omni (bool | Unset):
        gcp_psc (bool | Unset):
        install_kent (bool | Unset):
        kent_params (list[ExternalClusterApiGetCredentialsScriptKentParamsItem] | Unset):
        install_operator (bool | Unset):
        install_umbrella (bool | Unset):
        install_security_image_scanning (bool | Unset):
        install_security_compliance (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ExternalclusterV1GetCredentialsScriptResponse]
    """

    kwargs = _get_kwargs(
        cluster_id=cluster_id,
        cross_role=cross_role,
        nvidia_device_plugin=nvidia_device_plugin,
        install_security_agent=install_security_agent,
        install_autoscaler_agent=install_autoscaler_agent,
        install_gpu_metrics_exporter=install_gpu_metrics_exporter,
        install_ai_optimizer_proxy=install_ai_optimizer_proxy,
        gcp_sa_impersonate=gcp_sa_impersonate,
        install_netflow_exporter=install_netflow_exporter,
        install_workload_autoscaler=install_workload_autoscaler,
        install_pod_mutator=install_pod_mutator,
        install_omni=install_omni,
        gcp_psc=gcp_psc,
        install_kent=install_kent,
        kent_params=kent_params,
        install_operator=install_operator,
        install_umbrella=install_umbrella,
        install_security_image_scanning=install_security_image_scanning,
        install_security_compliance=install_security_compliance,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    cluster_id: str,
    *,
    client: AuthenticatedClient | Client,
    cross_role: bool | Unset = UNSET,
    nvidia_device_plugin: bool | Unset = UNSET,
    install_security_agent: bool | Unset = UNSET,
    install_autoscaler_agent: bool | Unset = UNSET,
    install_gpu_metrics_exporter: bool | Unset = UNSET,
    install_ai_optimizer_proxy: bool | Unset = UNSET,
    gcp_sa_impersonate: bool | Unset = UNSET,
    install_netflow_exporter: bool | Unset = UNSET,
    install_workload_autoscaler: bool | Unset = UNSET,
    install_pod_mutator: bool | Unset = UNSET,
    install_omni: bool | Unset = UNSET,
    gcp_psc: bool | Unset = UNSET,
    install_kent: bool | Unset = UNSET,
    kent_params: list[ExternalClusterApiGetCredentialsScriptKentParamsItem]
    | Unset = UNSET,
    install_operator: bool | Unset = UNSET,
    install_umbrella: bool | Unset = UNSET,
    install_security_image_scanning: bool | Unset = UNSET,
    install_security_compliance: bool | Unset = UNSET,
) -> ErrorResponse | ExternalclusterV1GetCredentialsScriptResponse | None:
    """Get credentials script

    Args:
        cluster_id (str):
        cross_role (bool | Unset):
        nvidia_device_plugin (bool | Unset):
        install_security_agent (bool | Unset):
        install_autoscaler_agent (bool | Unset):
        install_gpu_metrics_exporter (bool | Unset):
        install_ai_optimizer_proxy (bool | Unset):
        gcp_sa_impersonate (bool | Unset):
        install_netflow_exporter (bool | Unset):
        install_workload_autoscaler (bool | Unset):
        install_pod_mutator (bool | Unset):
        install_omni (bool | Unset):
        gcp_psc (bool | Unset):
        install_kent (bool | Unset):
        kent_params (list[ExternalClusterApiGetCredentialsScriptKentParamsItem] | Unset):
        install_operator (bool | Unset):
        install_umbrella (bool | Unset):
        install_security_image_scanning (bool | Unset):
        install_security_compliance (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ExternalclusterV1GetCredentialsScriptResponse
    """

    return sync_detailed(
        cluster_id=cluster_id,
        client=client,
        cross_role=cross_role,
        nvidia_device_plugin=nvidia_device_plugin,
        install_security_agent=install_security_agent,
        install_autoscaler_agent=install_autoscaler_agent,
        install_gpu_metrics_exporter=install_gpu_metrics_exporter,
        install_ai_optimizer_proxy=install_ai_optimizer_proxy,
        gcp_sa_impersonate=gcp_sa_impersonate,
        install_netflow_exporter=install_netflow_exporter,
        install_workload_autoscaler=install_workload_autoscaler,
        install_pod_mutator=install_pod_mutator,
        install_omni=install_omni,
        gcp_psc=gcp_psc,
        install_kent=install_kent,
        kent_params=kent_params,
        install_operator=install_operator,
        install_umbrella=install_umbrella,
        install_security_image_scanning=install_security_image_scanning,
        install_security_compliance=install_security_compliance,
    ).parsed


async def asyncio_detailed(
    cluster_id: str,
    *,
    client: AuthenticatedClient | Client,
    cross_role: bool | Unset = UNSET,
    nvidia_device_plugin: bool | Unset = UNSET,
    install_security_agent: bool | Unset = UNSET,
    install_autoscaler_agent: bool | Unset = UNSET,
    install_gpu_metrics_exporter: bool | Unset = UNSET,
    install_ai_optimizer_proxy: bool | Unset = UNSET,
    gcp_sa_impersonate: bool | Unset = UNSET,
    install_netflow_exporter: bool | Unset = UNSET,
    install_workload_autoscaler: bool | Unset = UNSET,
    install_pod_mutator: bool | Unset = UNSET,
    install_omni: bool | Unset = UNSET,
    gcp_psc: bool | Unset = UNSET,
    install_kent: bool | Unset = UNSET,
    kent_params: list[ExternalClusterApiGetCredentialsScriptKentParamsItem]
    | Unset = UNSET,
    install_operator: bool | Unset = UNSET,
    install_umbrella: bool | Unset = UNSET,
    install_security_image_scanning: bool | Unset = UNSET,
    install_security_compliance: bool | Unset = UNSET,
) -> Response[ErrorResponse | ExternalclusterV1GetCredentialsScriptResponse]:
    """Get credentials script

    Args:
        cluster_id (str):
        cross_role (bool | Unset):
        nvidia_device_plugin (bool | Unset):
        install_security_agent (bool | Unset):
        install_autoscaler_agent (bool | Unset):
        install_gpu_metrics_exporter (bool | Unset):
        install_ai_optimizer_proxy (bool | Unset):
        gcp_sa_impersonate (bool | Unset):
        install_netflow_exporter (bool | Unset):
        install_workload_autoscaler (bool | Unset):
        install_pod_mutator (bool | Unset):
        install_omni (bool | Unset):
        gcp_psc (bool | Unset):
        install_kent (bool | Unset):
        kent_params (list[ExternalClusterApiGetCredentialsScriptKentParamsItem] | Unset):
        install_operator (bool | Unset):
        install_umbrella (bool | Unset):
        install_security_image_scanning (bool | Unset):
        install_security_compliance (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ExternalclusterV1GetCredentialsScriptResponse]
    """

    kwargs = _get_kwargs(
        cluster_id=cluster_id,
        cross_role=cross_role,
        nvidia_device_plugin=nvidia_device_plugin,
        install_security_agent=install_security_agent,
        install_autoscaler_agent=install_autoscaler_agent,
        install_gpu_metrics_exporter=install_gpu_metrics_exporter,
        install_ai_optimizer_proxy=install_ai_optimizer_proxy,
        gcp_sa_impersonate=gcp_sa_impersonate,
        install_netflow_exporter=install_netflow_exporter,
        install_workload_autoscaler=install_workload_autoscaler,
        install_pod_mutator=install_pod_mutator,
        install_omni=install_omni,
        gcp_psc=gcp_psc,
        install_kent=install_kent,
        kent_params=kent_params,
        install_operator=install_operator,
        install_umbrella=install_umbrella,
        install_security_image_scanning=install_security_image_scanning,
        install_security_compliance=install_security_compliance,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    cluster_id: str,
    *,
    client: AuthenticatedClient | Client,
    cross_role: bool | Unset = UNSET,
    nvidia_device_plugin: bool | Unset = UNSET,
    install_security_agent: bool | Unset = UNSET,
    install_autoscaler_agent: bool | Unset = UNSET,
    install_gpu_metrics_exporter: bool | Unset = UNSET,
    install_ai_optimizer_proxy: bool | Unset = UNSET,
    gcp_sa_impersonate: bool | Unset = UNSET,
    install_netflow_exporter: bool | Unset = UNSET,
    install_workload_autoscaler: bool | Unset = UNSET,
    install_pod_mutator: bool | Unset = UNSET,
    install_omni: bool | Unset = UNSET,
    gcp_psc: bool | Unset = UNSET,
    install_kent: bool | Unset = UNSET,
    kent_params: list[ExternalClusterApiGetCredentialsScriptKentParamsItem]
    | Unset = UNSET,
    install_operator: bool | Unset = UNSET,
    install_umbrella: bool | Unset = UNSET,
    install_security_image_scanning: bool | Unset = UNSET,
    install_security_compliance: bool | Unset = UNSET,
) -> ErrorResponse | ExternalclusterV1GetCredentialsScriptResponse | None:
    """Get credentials script

    Args:
        cluster_id (str):
        cross_role (bool | Unset):
        nvidia_device_plugin (bool | Unset):
        install_security_agent (bool | Unset):
        install_autoscaler_agent (bool | Unset):
        install_gpu_metrics_exporter (bool | Unset):
        install_ai_optimizer_proxy (bool | Unset):
        gcp_sa_impersonate (bool | Unset):
        install_netflow_exporter (bool | Unset):
        install_workload_autoscaler (bool | Unset):
        install_pod_mutator (bool | Unset):
        install_omni (bool | Unset):
        gcp_psc (bool | Unset):
        install_kent (bool | Unset):
        kent_params (list[ExternalClusterApiGetCredentialsScriptKentParamsItem] | Unset):
        install_operator (bool | Unset):
        install_umbrella (bool | Unset):
        install_security_image_scanning (bool | Unset):
        install_security_compliance (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ExternalclusterV1GetCredentialsScriptResponse
    """

    return (
        await asyncio_detailed(
            cluster_id=cluster_id,
            client=client,
            cross_role=cross_role,
            nvidia_device_plugin=nvidia_device_plugin,
            install_security_agent=install_security_agent,
            install_autoscaler_agent=install_autoscaler_agent,
            install_gpu_metrics_exporter=install_gpu_metrics_exporter,
            install_ai_optimizer_proxy=install_ai_optimizer_proxy,
            gcp_sa_impersonate=gcp_sa_impersonate,
            install_netflow_exporter=install_netflow_exporter,
            install_workload_autoscaler=install_workload_autoscaler,
            install_pod_mutator=install_pod_mutator,
            install_omni=install_omni,
            gcp_psc=gcp_psc,
            install_kent=install_kent,
            kent_params=kent_params,
            install_operator=install_operator,
            install_umbrella=install_umbrella,
            install_security_image_scanning=install_security_image_scanning,
            install_security_compliance=install_security_compliance,
        )
    ).parsed


# Added by compute-clients' pipeline: the types facade.call()/paginate() return.
from ...models.externalcluster_v1_get_credentials_script_response import ExternalclusterV1GetCredentialsScriptResponse  # noqa: E402
RESPONSE = ExternalclusterV1GetCredentialsScriptResponse
