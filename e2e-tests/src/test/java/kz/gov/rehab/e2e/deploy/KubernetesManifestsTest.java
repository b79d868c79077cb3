package kz.gov.rehab.e2e.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Kubernetes manifests the build makes (quarkus-kubernetes, {@code <module>/target/kubernetes/kubernetes.yml},
 * docs/deployment.md), read with the Kubernetes model classes: each application has a Deployment and a
 * Service that reaches its HTTP port, probes on the health endpoints, requests and limits, its
 * addresses from a ConfigMap, its database login and its keys from Secrets, and nothing the model
 * does not know (a misspelt field). Runs after the applications are packaged (the reactor's order:
 * this module comes last); a manifest that is missing fails the test.
 */
class KubernetesManifestsTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    static Stream<Arguments> applications() {
        return Stream.of(
                Arguments.of("gateway", 8080, "gateway-db-app", Set.of("rehab-gateway-keys"),
                        Map.of("SMALLRYE_JWT_SIGN_KEY_LOCATION", "/keys/gateway-jwt-private.pem",
                                "MINISTRY_TRUST_ANCHORS", "/keys/ministry-trust-anchor.pem")),
                Arguments.of("certificate-service", 8081, "certificate-db-app", Set.of("rehab-gateway-jwt-public"),
                        Map.of("MP_JWT_VERIFY_PUBLICKEY_LOCATION", "/keys/jwt/gateway-jwt-public.pem")),
                Arguments.of("compensation-service", 8082, "compensation-db-app",
                        Set.of("rehab-gateway-jwt-public", "rehab-centre-signing"),
                        Map.of("MP_JWT_VERIFY_PUBLICKEY_LOCATION", "/keys/jwt/gateway-jwt-public.pem",
                                "REPORT_SIGNING_KEY_FILE", "/keys/signing/centre-signing-key.pem",
                                "REPORT_SIGNING_CERTIFICATE_CHAIN_FILE", "/keys/signing/centre-signing-chain.pem")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("applications")
    void deploymentAndServiceAsAClusterNeedsThem(String application, int port, String databaseSecret,
            Set<String> keySecrets, Map<String, String> keyFiles) throws IOException {
        List<HasMetadata> resources = read(application);
        Deployment deployment = only(resources, Deployment.class, application);
        Service service = only(resources, Service.class, application);

        assertThat(deployment.getSpec().getReplicas()).as("instances").isEqualTo(2);
        PodSpec pod = deployment.getSpec().getTemplate().getSpec();
        assertThat(pod.getContainers()).hasSize(1);
        Container container = pod.getContainers().get(0);
        assertThat(container.getImage()).as("image").isNotBlank();
        assertThat(container.getPorts()).anySatisfy(p -> assertThat(p.getContainerPort()).isEqualTo(port));

        assertProbe(container.getReadinessProbe(), "/q/health/ready", port);
        assertProbe(container.getLivenessProbe(), "/q/health/live", port);

        assertThat(container.getResources().getRequests()).containsKeys("cpu", "memory");
        assertThat(container.getResources().getLimits()).containsKeys("cpu", "memory");
        assertThat(pod.getSecurityContext().getRunAsUser()).as("the images' user").isEqualTo(185L);

        assertThat(container.getEnvFrom()).anySatisfy(from ->
                assertThat(from.getConfigMapRef().getName()).isEqualTo(application + "-config"));
        Map<String, EnvVar> env = container.getEnv().stream().collect(Collectors.toMap(EnvVar::getName, e -> e));
        for (String[] login : new String[][] {{"DB_USERNAME", "username"}, {"DB_PASSWORD", "password"}}) {
            EnvVar variable = env.get(login[0]);
            assertThat(variable).as(login[0]).isNotNull();
            assertThat(variable.getValueFrom().getSecretKeyRef().getName()).isEqualTo(databaseSecret);
            assertThat(variable.getValueFrom().getSecretKeyRef().getKey()).isEqualTo(login[1]);
        }

        // every key file the application is told about lies in a read-only mount of a Secret volume
        Map<String, Volume> volumes = pod.getVolumes().stream().collect(Collectors.toMap(Volume::getName, v -> v));
        assertThat(volumes.values().stream().map(v -> v.getSecret().getSecretName()).collect(Collectors.toSet()))
                .isEqualTo(keySecrets);
        keyFiles.forEach((variable, file) -> {
            assertThat(env.get(variable)).as(variable).isNotNull();
            assertThat(env.get(variable).getValue()).isEqualTo(file);
            VolumeMount mount = container.getVolumeMounts().stream()
                    .filter(m -> file.startsWith(m.getMountPath() + "/")
                            && !file.substring(m.getMountPath().length() + 1).contains("/"))
                    .findFirst().orElseThrow(() -> new AssertionError(file + " lies in no mount"));
            assertThat(mount.getReadOnly()).isTrue();
            assertThat(volumes.get(mount.getName()).getSecret()).as("volume " + mount.getName()).isNotNull();
        });

        Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
        assertThat(podLabels).containsAllEntriesOf(service.getSpec().getSelector());
        ServicePort http = service.getSpec().getPorts().stream().filter(p -> p.getPort() == 80).findFirst()
                .orElseThrow(() -> new AssertionError("the Service answers on port 80"));
        assertThat(http.getTargetPort().getIntVal()).isEqualTo(port);

        for (Object part : List.of(deployment, deployment.getSpec(), pod, container, service, service.getSpec())) {
            assertThat(additionalProperties(part)).as("fields the model does not know in " + part.getClass().getSimpleName())
                    .isEmpty();
        }
    }

    private static void assertProbe(Probe probe, String path, int port) {
        assertThat(probe).as(path).isNotNull();
        assertThat(probe.getHttpGet().getPath()).isEqualTo(path);
        assertThat(probe.getHttpGet().getPort().getIntVal()).isEqualTo(port);
    }

    private static List<HasMetadata> read(String application) throws IOException {
        Path manifest = ROOT.resolve(application).resolve("target/kubernetes/kubernetes.yml");
        assertThat(manifest).as("made by the build (./mvnw package)").exists();
        KubernetesSerialization serialization = new KubernetesSerialization();
        return Arrays.stream(Files.readString(manifest).split("(?m)^---\\s*$"))
                .filter(document -> !document.isBlank())
                .map(document -> (HasMetadata) serialization.unmarshal(document, HasMetadata.class))
                .toList();
    }

    private static <T extends HasMetadata> T only(List<HasMetadata> resources, Class<T> kind, String name) {
        List<T> found = resources.stream().filter(kind::isInstance).map(kind::cast)
                .filter(r -> r.getMetadata().getName().equals(name)).toList();
        assertThat(found).as(kind.getSimpleName() + " " + name).hasSize(1);
        return found.get(0);
    }

    private static Map<String, Object> additionalProperties(Object part) {
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> extra = (Map<String, Object>) part.getClass().getMethod("getAdditionalProperties").invoke(part);
            return extra;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
