"""deploy/k8s/: every manifest parses and names ports, commands, probes, env vars and secrets that exist."""

import re

import yaml

from tests.deploy.conftest import (
    K8S,
    PLACEHOLDER,
    PORTS,
    SERVICES,
    assert_known_env,
    check_api_process,
    k8s,
    k8s_docs,
    pod_spec,
    resolve_command,
    route_paths,
)

API_NAMES = ("intake", "eligibility", "transfer", "web")


def deployment(name: str) -> dict:
    found = [d for d in k8s("Deployment") if d["metadata"]["name"] == name]
    assert len(found) == 1, f"one Deployment {name} expected, found {len(found)}"
    return found[0]


def workloads() -> list[dict]:
    return k8s("Deployment") + k8s("Job")


def env_of(container: dict) -> dict[str, dict]:
    return {e["name"]: e for e in container.get("env", [])}


def secret_template() -> dict:
    (secret,) = k8s("Secret")
    return secret


class TestManifests:
    def test_every_document_is_namespaced_and_listed_for_kustomize(self):
        kustomization = yaml.safe_load((K8S / "kustomization.yaml").read_text(encoding="utf-8"))
        for path in kustomization["resources"]:
            assert (K8S / path).exists(), path
        # the Secret is created out of band and the Job runs before a rollout; everything else is applied
        unlisted = (
            {p.name for p in K8S.glob("*.yaml")} - set(kustomization["resources"]) - {"kustomization.yaml"}
        )
        assert unlisted == {"secret.example.yaml", "migrate-job.yaml"}, unlisted
        for filename, doc in k8s_docs():
            if filename != "kustomization.yaml" and doc["kind"] != "Namespace":
                assert doc["metadata"]["namespace"] == "yimen", f"{filename} {doc['kind']}"

    def test_one_image_everywhere(self):
        images = {c["image"] for d in workloads() for c in pod_spec(d)["containers"]}
        assert len(images) == 1, images
        kustomization = yaml.safe_load((K8S / "kustomization.yaml").read_text(encoding="utf-8"))
        assert [i["name"] for i in kustomization["images"]] == [images.pop().rsplit(":", 1)[0]]


class TestApiDeployments:
    def test_each_runs_its_app_on_its_port_behind_a_service(self):
        services = {s["metadata"]["name"]: s for s in k8s("Service")}
        for name in API_NAMES:
            dep = deployment(name)
            assert dep["spec"]["replicas"] >= 2, f"{name}: APIs run at least two replicas"
            (container,) = pod_spec(dep)["containers"]
            port = check_api_process(name, container["command"])
            assert {p["name"]: p["containerPort"] for p in container["ports"]} == {"http": port}
            labels = dep["spec"]["template"]["metadata"]["labels"]
            assert dep["spec"]["selector"]["matchLabels"].items() <= labels.items()
            service = services[name]
            assert service["spec"]["selector"].items() <= labels.items(), f"Service {name} selects no pod"
            (svc_port,) = service["spec"]["ports"]
            assert svc_port["port"] == PORTS[name] and svc_port["targetPort"] in ("http", port)

    def test_service_selectors_never_pick_worker_pods(self):
        for service in k8s("Service"):
            for dep in k8s("Deployment"):
                labels = dep["spec"]["template"]["metadata"]["labels"]
                if service["spec"]["selector"].items() <= labels.items():
                    assert dep["metadata"]["name"] == service["metadata"]["name"]

    def test_probes_hit_existing_health_routes(self, apps):
        for name in API_NAMES:
            (container,) = pod_spec(deployment(name))["containers"]
            routes = route_paths(apps[name])
            ready = "/readyz" if "/readyz" in routes else "/healthz"  # web has no database to check
            if name in SERVICES:
                assert ready == "/readyz", f"{name} must answer /readyz"
            assert container["readinessProbe"]["httpGet"]["path"] == ready, name
            assert container["livenessProbe"]["httpGet"]["path"] == "/healthz", name
            for probe in ("readinessProbe", "livenessProbe", "startupProbe"):
                get = container.get(probe, {}).get("httpGet")
                if get:
                    assert get["path"] in routes, f"{name} {probe}: no route {get['path']}"
                    assert get["port"] in ("http", PORTS[name])

    def test_metrics_scrape_annotations_point_at_the_metrics_route(self, apps):
        for name in API_NAMES:
            annotations = deployment(name)["spec"]["template"]["metadata"]["annotations"]
            assert annotations["prometheus.io/path"] == "/metrics" and "/metrics" in route_paths(apps[name])
            assert int(annotations["prometheus.io/port"]) == PORTS[name]

    def test_budget_keeps_one_replica_up(self):
        budgets = {p["metadata"]["name"]: p for p in k8s("PodDisruptionBudget")}
        for name in API_NAMES:
            labels = deployment(name)["spec"]["template"]["metadata"]["labels"]
            assert budgets[name]["spec"]["selector"]["matchLabels"].items() <= labels.items()


class TestWorkersAndMigrations:
    def test_api_replicas_do_not_run_workers(self):
        for svc in SERVICES:
            (container,) = pod_spec(deployment(svc))["containers"]
            assert env_of(container)[f"YIMEN_{svc.upper()}_RUN_WORKERS"]["value"] == "false", svc

    def test_every_service_with_workers_has_a_worker_deployment(self, services_with_workers):
        workers = {}
        for dep in k8s("Deployment"):
            (container,) = pod_spec(dep)["containers"]
            resolved = resolve_command(container["command"])
            if resolved["kind"] == "worker":
                workers[resolved["service"]] = container
                # a worker serves only Prometheus metrics (services/common/worker.py), never the API
                assert [p["containerPort"] for p in container.get("ports", [])] == [9100]
                assert "readinessProbe" not in container
        # a worker Deployment for a service without workers would exit at once and crash-loop
        assert set(workers) == services_with_workers
        for svc, container in workers.items():
            assert f"YIMEN_{svc.upper()}_DATABASE_URL" in env_of(container)

    def test_migration_job_upgrades_every_database_one_pod_at_a_time(self):
        (job,) = k8s("Job")
        (container,) = pod_spec(job)["containers"]
        assert resolve_command(container["command"])["kind"] == "migrate"
        assert job["spec"]["parallelism"] == 1 and job["spec"]["completions"] == 1
        assert pod_spec(job)["restartPolicy"] == "Never"
        env = env_of(container)
        assert {f"YIMEN_{svc.upper()}_DATABASE_URL" for svc in SERVICES} <= set(env)
        assert "YIMEN_AUTH_SECRET" in env  # production settings refuse to load without it


class TestSecurityAndConfig:
    def test_pods_are_non_root_read_only_and_bounded(self):
        for dep in workloads():
            spec, name = pod_spec(dep), dep["metadata"]["name"]
            assert spec["securityContext"]["runAsNonRoot"] is True, name
            assert spec["securityContext"]["runAsUser"] != 0, name
            assert spec.get("automountServiceAccountToken") is False, name
            mounts = {v["name"] for v in spec.get("volumes", []) if "emptyDir" in v}
            for container in spec["containers"]:
                ctx = container["securityContext"]
                assert ctx["readOnlyRootFilesystem"] is True and ctx["allowPrivilegeEscalation"] is False, (
                    name
                )
                assert ctx["capabilities"]["drop"] == ["ALL"], name
                assert {"requests", "limits"} <= set(container["resources"]), name
                assert any(
                    m["mountPath"] == "/tmp" and m["name"] in mounts for m in container["volumeMounts"]
                )

    def test_env_vars_config_and_secret_keys_are_settings(self):
        (config,) = k8s("ConfigMap")
        assert_known_env(config["data"], "ConfigMap yimen-config")
        assert_known_env(secret_template()["stringData"], "Secret template")
        assert config["data"]["YIMEN_MODE"] == "production"
        for svc in SERVICES:
            assert config["data"][f"YIMEN_{svc.upper()}_URL"] == f"http://{svc}:{PORTS[svc]}"
        for dep in workloads():
            for container in pod_spec(dep)["containers"]:
                assert_known_env(env_of(container), f"{dep['metadata']['name']} env")
                for ref in container.get("envFrom", []):
                    assert ref["configMapRef"]["name"] == config["metadata"]["name"]

    def test_secret_refs_exist_and_each_pod_gets_only_its_own_database(self):
        secret = secret_template()
        for dep in workloads():
            (container,) = pod_spec(dep)["containers"]
            for name, entry in env_of(container).items():
                ref = entry.get("valueFrom", {}).get("secretKeyRef")
                if ref:
                    assert ref["name"] == secret["metadata"]["name"] and ref["key"] in secret["stringData"], (
                        name
                    )
            databases = {n for n in env_of(container) if n.endswith("_DATABASE_URL")}
            resolved = resolve_command(container["command"])
            own = dep["metadata"]["labels"]["app.kubernetes.io/name"]
            if resolved["kind"] == "migrate":
                continue
            assert databases == ({f"YIMEN_{own.upper()}_DATABASE_URL"} if own in SERVICES else set()), own

    def test_secret_template_holds_only_placeholders(self):
        for key, value in secret_template()["stringData"].items():
            assert PLACEHOLDER in value, f"{key} must be a {PLACEHOLDER} placeholder"


class TestIngress:
    def test_backends_exist_on_their_ports(self):
        services = {s["metadata"]["name"]: s["spec"]["ports"][0]["port"] for s in k8s("Service")}
        for ingress in k8s("Ingress"):
            assert ingress["spec"]["tls"], ingress["metadata"]["name"]
            for rule in ingress["spec"]["rules"]:
                for path in rule["http"]["paths"]:
                    backend = path["backend"]["service"]
                    assert services[backend["name"]] == backend["port"]["number"], path["path"]

    def test_api_paths_rewrite_to_real_routes_and_hide_internal_ones(self, apps):
        (api,) = [i for i in k8s("Ingress") if "rewrite-target" in str(i["metadata"].get("annotations"))]
        rewrite = api["metadata"]["annotations"]["nginx.ingress.kubernetes.io/rewrite-target"]
        assert rewrite == "/$1"
        for path in api["spec"]["rules"][0]["http"]["paths"]:
            svc = path["backend"]["service"]["name"]
            assert path["path"].startswith(f"/api/{svc}/")
            assert re.fullmatch(path["path"], f"/api/{svc}/openapi.json")
            for hidden in ("metrics", "readyz"):
                assert not re.fullmatch(path["path"], f"/api/{svc}/{hidden}")
            sample = "/" + re.fullmatch(path["path"], f"/api/{svc}/v1/x")[1]
            assert any(r.startswith("/v1/") for r in route_paths(apps[svc])) and sample.startswith("/v1/")

    def test_web_metrics_and_readiness_are_denied_at_the_edge(self):
        (internal,) = [
            i for i in k8s("Ingress") if "denylist-source-range" in str(i["metadata"].get("annotations"))
        ]
        assert (
            internal["metadata"]["annotations"]["nginx.ingress.kubernetes.io/denylist-source-range"]
            == "0.0.0.0/0,::/0"
        )
        paths = {p["path"]: p["pathType"] for p in internal["spec"]["rules"][0]["http"]["paths"]}
        assert paths == {"/metrics": "Exact", "/readyz": "Exact"}

    def test_network_policy_opens_exactly_the_process_ports(self):
        (policy,) = k8s("NetworkPolicy")
        ports = {p["port"] for rule in policy["spec"]["ingress"] for p in rule.get("ports", [])}
        assert ports == set(PORTS.values())
