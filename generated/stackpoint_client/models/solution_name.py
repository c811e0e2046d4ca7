from enum import StrEnum


class SolutionName(StrEnum):
    AUTOSCALER = "autoscaler"
    CALICO = "calico"
    CLOUDFLARE_WARP_INGRESS = "cloudflare-warp-ingress"
    EFK = "efk"
    GITLAB = "gitlab"
    GITLAB_EE = "gitlab_ee"
    HAPROXY = "haproxy"
    HELM_TILLER = "helm_tiller"
    ISTIO = "istio"
    KUBELESS = "kubeless"
    LINKERD = "linkerd"
    PROMETHEUS = "prometheus"
    SYSDIG = "sysdig"
    TURBONOMIC = "turbonomic"

    def __str__(self) -> str:
        return str(self.value)
