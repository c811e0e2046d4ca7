from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.external_cluster_api_get_connect_and_enable_castai_cmd_onboarding_path import (
    ExternalClusterApiGetConnectAndEnableCastaiCmdOnboardingPath,
)
from ...models.externalcluster_v1_get_connect_and_enable_castai_cmd_response import (
    ExternalclusterV1GetConnectAndEnableCASTAICmdResponse,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    cluster_name: str | Unset = UNSET,
    provider: str | Unset = UNSET,
    nvidia_device_plugin: bool | Unset = UNSET,
    install_security_agent: bool | Unset = UNSET,
    install_autoscaler_agent: bool | Unset = UNSET,
    install_gpu_metrics_exporter: bool | Unset = UNSET,
    install_ai_optimizer_proxy: bool | Unset = UNSET,
    install_netflow_exporter: bool | Unset = UNSET,
    install_workload_autoscaler: bool | Unset = UNSET,
    install_pod_mutator: bool | Unset = UNSET,
    install_omni: bool | Unset = UNSET,
    install_operator: bool | Unset = UNSET,
    install_security_image_scanning: bool | Unset = UNSET,
    install_security_compliance: bool | Unset = UNSET,
    use_umbrella: bool | Unset = UNSET,
    use_castctl: bool | Unset = UNSET,
    onboarding_path: ExternalClusterApiGetConnectAndEnableCastaiCmdOnboardingPath
    | Unset = UNSET,
    install_reliability_metrics: bool | Unset = UNSET,
    cluster_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["clusterName"] = cluster_name

    params["provider"] = provider

    params["nvidiaDevicePlugin"] = nvidia_device_plugin

    params["installSecurityAgent"] = install_security_agent

    params["installAutoscalerAgent"] = install_autoscaler_agent

    params["installGpuMetricsExporter"] = install_gpu_metrics_exporter

    params["installAiOptimizerProxy"] = install_ai_optimizer_proxy

    params["installNetflowExporter"] = install_netflow_exporter

    params["installWorkloadAutoscaler"] = install_workload_autoscaler

    params["installPodMutator"] = install_pod_mutator

    params["installOmni"] = install_omni

    params["installOperator"] = install_operator

    params["installSecurityImageScanning"] = install_security_image_scanning

    params["installSecurityCompliance"] = install_security_compliance

    params["useUmbrella"] = use_umbrella

    params["useCastctl"] = use_castctl

    json_onboarding_path: str | Unset = UNSET
    if not isinstance(onboarding_path, Unset):
        json_onboarding_path = onboarding_path

    params["onboardingPath"] = json_onboarding_path

    params["installReliabilityMetrics"] = install_reliability_metrics

    params["clusterId"] = cluster_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/kubernetes/external-clusters/onboarding/connect-and-enable-castai-cmd",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ExternalclusterV1GetConnectAndEnableCASTAICmdResponse | None:
    if response.status_code == 200:
        response_200 = ExternalclusterV1GetConnectAndEnableCASTAICmdResponse.from_dict(
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
) -> Response[ErrorResponse | ExternalclusterV1GetConnectAndEnableCASTAICmdResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    cluster_name: str | Unset = UNSET,
    provider: str | Unset = UNSET,
    nvidia_device_plugin: bool | Unset = UNSET,
    install_security_agent: bool | Unset = UNSET,
    install_autoscaler_agent: bool | Unset = UNSET,
    install_gpu_metrics_exporter: bool | Unset = UNSET,
    install_ai_optimizer_proxy: bool | Unset = UNSET,
    install_netflow_exporter: bool | Unset = UNSET,
    install_workload_autoscaler: bool | Unset = UNSET,
    install_pod_mutator: bool | Unset = UNSET,
    install_omni: bool | Unset = UNSET,
    install_operator: bool | Unset = UNSET,
    install_security_image_scanning: bool | Unset = UNSET,
    install_security_compliance: bool | Unset = UNSET,
    use_umbrella: bool | Unset = UNSET,
    use_castctl: bool | Unset = UNSET,
    onboarding_path: ExternalClusterApiGetConnectAndEnableCastaiCmdOnboardingPath
    | Unset = UNSET,
    install_reliability_metrics: bool | Unset = UNSET,
    cluster_id: str | Unset = UNSET,
) -> Response[ErrorResponse | ExternalclusterV1GetConnectAndEnableCASTAICmdResponse]:
    """Get connect and enable CASTAI cmd

    Args:
        cluster_name (str | Unset):
        provider (str | Unset):
        nvidia_device_plugin (bool | Unset):
        install_security_agent (bool | Unset):
        install_autoscaler_agent (bool | Unset):
        install_gpu_metrics_exporter (bool | Unset):
        install_ai_optimizer_proxy (bool | Unset):
        install_netflow_exporter (bool | Unset):
        install_workload_autoscaler (bool | Unset):
        install_pod_mutator (bool | Unset):
        install_omni (bool | Unset):
        install_operator (bool | Unset):
        install_security_image_scanning (bool | Unset):
        install_security_compliance (bool | Unset):
        use_umbrella (bool | Unset):
        use_castctl (bool | Unset):
        onboarding_path (ExternalClusterApiGetConnectAndEnableCastaiCmdOnboardingPath | Unset):
        install_reliability_metrics (bool | Unset):
        cluster_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ExternalclusterV1GetConnectAndEnableCASTAICmdResponse]
    """

    kwargs = _get_kwargs(
        cluster_name=cluster_name,
        provider=provider,
        nvidia_device_plugin=nvidia_device_plugin,
        install_security_agent=install_security_agent,
        install_autoscaler_agent=install_autoscaler_agent,
        install_gpu_metrics_exporter=install_gpu_metrics_exporter,
        install_ai_optimizer_proxy=install_ai_optimizer_proxy,
        install_netflow_exporter=install_netflow_exporter,
        install_workload_autoscaler=install_workload_autoscaler,
        install_pod_mutator=install_pod_mutator,
        install_omni=install_omni,
        install_operator=install_operator,
        install_security_image_scanning=install_security_image_scanning,
        install_security_compliance=install_security_compliance,
        use_umbrella=use_umbrella,
        use_castctl=use_castctl,
        onboarding_path=onboarding_path,
        install_reliability_metrics=install_reliability_metrics,
        cluster_id=cluster_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    cluster_name: str | Unset = UNSET,
    provider: str | Unset = UNSET,
    nvidia_device_plugin: bool | Unset = UNSET,
    install_security_agent: bool | Unset = UNSET,
    install_autoscaler_agent: bool | Unset = UNSET,
    install_gpu_metrics_exporter: bool | Unset = UNSET,
    install_ai_optimizer_proxy: bool | Unset = UNSET,
    install_netflow_exporter: bool | Unset = UNSET,
    install_workload_autoscaler: bool | Unset = UNSET,
    install_pod_mutator: bool | Unset = UNSET,
    install_omni: bool | Unset = UNSET,
    install_operator: bool | Unset = UNSET,
    install_security_image_scanning: bool | Unset = UNSET,
    install_security_compliance: bool | Unset = UNSET,
    use_umbrella: bool | Unset = UNSET,
    use_castctl: bool | Unset = UNSET,
    onboarding_path: ExternalClusterApiGetConnectAndEnableCastaiCmdOnboardingPath
    | Unset = UNSET,
    install_reliability_metrics: bool | Unset = UNSET,
    cluster_id: str | Unset = UNSET,
) -> ErrorResponse | ExternalclusterV1GetConnectAndEnableCASTAICmdResponse | None:
    """Get connect and enable CASTAI cmd

    Args:
        cluster_name (str | Unset):
        provider (str | Unset):
        nvidia_device_plugin (bool | Unset):
        install_security_agent (bool | Unset):
        install_autoscaler_agent (bool | Unset):
        install_gpu_metrics_exporter (bool | Unset):
        install_ai_optimizer_proxy (bool | Unset):
        install_netflow_exporter (bool | Unset):
        install_workload_autoscaler (bool | Unset):
        install_pod_mutator (bool | Unset):
        install_omni (bool | Unset):
        install_operator (bool | Unset):
        install_security_image_scanning (bool | Unset):
        install_security_compliance (bool | Unset):
        use_umbrella (bool | Unset):
        use_castctl (bool | Unset):
        onboarding_path (ExternalClusterApiGetConnectAndEnableCastaiCmdOnboardingPath | Unset):
        install_reliability_metrics (bool | Unset):
        cluster_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ExternalclusterV1GetConnectAndEnableCASTAICmdResponse
    """

    return sync_detailed(
        client=client,
        cluster_name=cluster_name,
        provider=provider,
        nvidia_device_plugin=nvidia_device_plugin,
        install_security_agent=install_security_agent,
        install_autoscaler_agent=install_autoscaler_agent,
        install_gpu_metrics_exporter=install_gpu_metrics_exporter,
        install_ai_optimizer_proxy=install_ai_optimizer_proxy,
        install_netflow_exporter=install_netflow_exporter,
        install_workload_autoscaler=install_workload_autoscaler,
        install_pod_mutator=install_pod_mutator,
        install_omni=install_omni,
        install_operator=install_operator,
        install_security_image_scanning=install_security_image_scanning,
        install_security_compliance=install_security_compliance,
        use_umbrella=use_umbrella,
        use_castctl=use_castctl,
        onboarding_path=onboarding_path,
        install_reliability_metrics=install_reliability_metrics,
        cluster_id=cluster_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    cluster_name: str | Unset = UNSET,
    provider: str | Unset = UNSET,
    nvidia_device_plugin: bool | Unset = UNSET,
    install_security_agent: bool | Unset = UNSET,
    install_autoscaler_agent: bool | Unset = UNSET,
    install_gpu_metrics_exporter: bool | Unset = UNSET,
    install_ai_optimizer_proxy: bool | Unset = UNSET,
    install_netflow_exporter: bool | Unset = UNSET,
    install_workload_autoscaler: bool | Unset = UNSET,
    install_pod_mutator: bool | Unset = UNSET,
    install_omni: bool | Unset = UNSET,
    install_operator: bool | Unset = UNSET,
    install_security_image_scanning: bool | Unset = UNSET,
    install_security_compliance: bool | Unset = UNSET,
    use_umbrella: bool | Unset = UNSET,
    use_castctl: bool | Unset = UNSET,
    onboarding_path: ExternalClusterApiGetConnectAndEnableCastaiCmdOnboardingPath
    | Unset = UNSET,
    install_reliability_metrics: bool | Unset = UNSET,
    cluster_id: str | Unset = UNSET,
) -> Response[ErrorResponse | ExternalclusterV1GetConnectAndEnableCASTAICmdResponse]:
    """Get connect and enable CASTAI cmd

    Args:
        cluster_name (str | Unset):
        provider (str | Unset):
        nvidia_device_plugin (bool | Unset):
        install_security_agent (bool | Unset):
        install_autoscaler_agent (bool | Unset):
        install_gpu_metrics_exporter (bool | Unset):
        install_ai_optimizer_proxy (bool | Unset):
        install_netflow_exporter (bool | Unset):
        install_workload_autoscaler (bool | Unset):
        install_pod_mutator (bool | Unset):
        install_omni (bool | Unset):
        install_operator (bool | Unset):
        install_security_image_scanning (bool | Unset):
        install_security_compliance (bool | Unset):
        use_umbrella (bool | Unset):
        use_castctl (bool | Unset):
        onboarding_path (ExternalClusterApiGetConnectAndEnableCastaiCmdOnboardingPath | Unset):
        install_reliability_metrics (bool | Unset):
        cluster_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ExternalclusterV1GetConnectAndEnableCASTAICmdResponse]
    """

    kwargs = _get_kwargs(
        cluster_name=cluster_name,
        provider=provider,
        nvidia_device_plugin=nvidia_device_plugin,
        install_security_agent=install_security_agent,
        install_autoscaler_agent=install_autoscaler_agent,
        install_gpu_metrics_exporter=install_gpu_metrics_exporter,
        install_ai_optimizer_proxy=install_ai_optimizer_proxy,
        install_netflow_exporter=install_netflow_exporter,
        install_workload_autoscaler=install_workload_autoscaler,
        install_pod_mutator=install_pod_mutator,
        install_omni=install_omni,
        install_operator=install_operator,
        install_security_image_scanning=install_security_image_scanning,
        install_security_compliance=install_security_compliance,
        use_umbrella=use_umbrella,
        use_castctl=use_castctl,
        onboarding_path=onboarding_path,
        install_reliability_metrics=install_reliability_metrics,
        cluster_id=cluster_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    cluster_name: str | Unset = UNSET,
    provider: str | Unset = UNSET,
    nvidia_device_plugin: bool | Unset = UNSET,
    install_security_agent: bool | Unset = UNSET,
    install_autoscaler_agent: bool | Unset = UNSET,
    install_gpu_metrics_exporter: bool | Unset = UNSET,
    install_ai_optimizer_proxy: bool | Unset = UNSET,
    install_netflow_exporter: bool | Unset = UNSET,
    install_workload_autoscaler: bool | Unset = UNSET,
    install_pod_mutator: bool | Unset = UNSET,
    install_omni: bool | Unset = UNSET,
    install_operator: bool | Unset = UNSET,
    install_security_image_scanning: bool | Unset = UNSET,
    install_security_compliance: bool | Unset = UNSET,
    use_umbrella: bool | Unset = UNSET,
    use_castctl: bool | Unset = UNSET,
    onboarding_path: ExternalClusterApiGetConnectAndEnableCastaiCmdOnboardingPath
    | Unset = UNSET,
    install_reliability_metrics: bool | Unset = UNSET,
    cluster_id: str | Unset = UNSET,
) -> ErrorResponse | ExternalclusterV1GetConnectAndEnableCASTAICmdResponse | None:
    """Get connect and enable CASTAI cmd

    Args:
        cluster_name (str | Unset):
        provider (str | Unset):
        nvidia_device_plugin (bool | Unset):
        install_security_agent (bool | Unset):
        install_autoscaler_agent (bool | Unset):
        install_gpu_metrics_exporter (bool | Unset):
        install_ai_optimizer_proxy (bool | Unset):
        install_netflow_exporter (bool | Unset):
        install_workload_autoscaler (bool | Unset):
        install_pod_mutator (bool | Unset):
        install_omni (bool | Unset):
        install_operator (bool | Unset):
        install_security_image_scanning (bool | Unset):
        install_security_compliance (bool | Unset):
        use_umbrella (bool | Unset):
        use_castctl (bool | Unset):
        onboarding_path (ExternalClusterApiGetConnectAndEnableCastaiCmdOnboardingPath | Unset):
        install_reliability_metrics (bool | Unset):
        cluster_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ExternalclusterV1GetConnectAndEnableCASTAICmdResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            cluster_name=cluster_name,
            provider=provider,
            nvidia_device_plugin=nvidia_device_plugin,
            install_security_agent=install_security_agent,
            install_autoscaler_agent=install_autoscaler_agent,
            install_gpu_metrics_exporter=install_gpu_metrics_exporter,
            install_ai_optimizer_proxy=install_ai_optimizer_proxy,
            install_netflow_exporter=install_netflow_exporter,
            install_workload_autoscaler=install_workload_autoscaler,
            install_pod_mutator=install_pod_mutator,
            install_omni=install_omni,
            install_operator=install_operator,
            install_security_image_scanning=install_security_image_scanning,
            install_security_compliance=install_security_compliance,
            use_umbrella=use_umbrella,
            use_castctl=use_castctl,
            onboarding_path=onboarding_path,
            install_reliability_metrics=install_reliability_metrics,
            cluster_id=cluster_id,
        )
    ).parsed


# Added by compute-clients' pipeline: the types facade.call()/paginate() return.
from ...models.externalcluster_v1_get_connect_and_enable_castai_cmd_response import ExternalclusterV1GetConnectAndEnableCASTAICmdResponse  # noqa: E402
RESPONSE = ExternalclusterV1GetConnectAndEnableCASTAICmdResponse
