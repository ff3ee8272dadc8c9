package io.facetwire.api.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.facetwire.solr.SolrLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Keeps docker-compose.yml runnable without Docker on the build machine: the services, images,
 * ports, health checks and start order it promises, and every file it builds from or mounts.
 */
class DockerComposeTest {
  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  static Map<String, Object> services;
  static Map<String, Object> compose;

  @BeforeAll
  @SuppressWarnings("unchecked")
  static void parse() throws IOException {
    compose = new Yaml().load(Files.readString(ROOT.resolve("docker-compose.yml")));
    services = (Map<String, Object>) compose.get("services");
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object o) {
    assertThat(o).isInstanceOf(Map.class);
    return (Map<String, Object>) o;
  }

  static Map<String, Object> service(String name) {
    return map(services.get(name));
  }

  static String env(String service, String key) {
    return String.valueOf(map(service(service).get("environment")).get(key));
  }

  /** Compose's {@code ${VAR:-default}}, as it expands with VAR unset. */
  static String withDefaults(String value) {
    Matcher m = Pattern.compile("\\$\\{[A-Z_]+:-([^}]*)}").matcher(value);
    return m.replaceAll(r -> Matcher.quoteReplacement(r.group(1)));
  }

  @Test
  void declaresZooKeeperTwoSolrNodesTheApiAndTheIndexer() {
    assertThat(services).containsOnlyKeys("zookeeper", "solr1", "solr2", "api", "indexer");
    assertThat(service("zookeeper").get("image").toString()).startsWith("zookeeper:3.");
    for (String solr : List.of("solr1", "solr2")) {
      assertThat(service(solr).get("image"))
          .as("the Solr release the pom builds against")
          .isEqualTo("solr:9.10.1");
      assertThat(env(solr, "ZK_HOST")).as("cloud mode").isEqualTo("zookeeper:2181");
      assertThat(env(solr, "SOLR_HOST")).isEqualTo(solr);
    }
  }

  @Test
  void everyServiceOthersWaitForHasAHealthCheckAndStartOrderIsZkSolrApiIndexer() {
    assertThat(dependsOn("solr1")).containsExactly("zookeeper");
    assertThat(dependsOn("solr2")).containsExactly("zookeeper");
    assertThat(dependsOn("api")).containsExactlyInAnyOrder("solr1", "solr2");
    assertThat(dependsOn("indexer")).containsExactly("api");
    for (String name : services.keySet()) {
      Object depends = service(name).get("depends_on");
      if (depends == null) continue;
      map(depends)
          .forEach(
              (target, condition) -> {
                assertThat(map(condition).get("condition"))
                    .as(name + " -> " + target)
                    .isEqualTo("service_healthy");
                assertThat(service(target))
                    .as(target + " is waited for")
                    .containsKey("healthcheck");
                assertThat(map(service(target).get("healthcheck")).get("test"))
                    .asList()
                    .isNotEmpty();
              });
    }
  }

  @Test
  void apiIsReadyOnlyWithSolrAndTalksToTheCloud() throws IOException {
    assertThat(map(service("api").get("healthcheck")).get("test").toString())
        .contains("/actuator/health/readiness");
    String props =
        Files.readString(ROOT.resolve("search-api/src/main/resources/application.properties"));
    assertThat(props)
        .containsPattern("management\\.endpoint\\.health\\.group\\.readiness\\.include=.*solr");
    for (String name : List.of("api", "indexer")) {
      SolrLocation solr = SolrLocation.parse(env(name, "FACETWIRE_SOLR_URL"));
      assertThat(solr.isCloud()).isTrue();
      assertThat(solr.urls()).containsExactly("zookeeper:2181");
    }
    assertThat(Integer.parseInt(withDefaults(env("api", "FACETWIRE_SOLR_REPLICAS")))).isEqualTo(2);
  }

  @Test
  void publishedPortsAreDistinctAndTheApiIsOn8080() {
    List<String> hostPorts = new ArrayList<>();
    for (String name : services.keySet()) {
      Object ports = service(name).get("ports");
      if (ports instanceof List<?> list)
        list.forEach(p -> hostPorts.add(p.toString().split(":")[0]));
    }
    assertThat(hostPorts).doesNotHaveDuplicates().contains("8080", "8983", "8984");
    assertThat(service("api").get("ports")).asList().contains("8080:8080");
  }

  @Test
  void builtAndMountedPathsExistInTheRepository() throws IOException {
    for (String name : List.of("api", "indexer")) {
      Map<String, Object> build = map(service(name).get("build"));
      Path context = ROOT.resolve(build.get("context").toString()).normalize();
      assertThat(context).isEqualTo(ROOT);
      assertThat(context.resolve(build.get("dockerfile").toString())).isRegularFile();
    }
    for (String name : services.keySet()) {
      Object volumes = service(name).get("volumes");
      if (!(volumes instanceof List<?> list)) continue;
      for (Object v : list) {
        String source = withDefaults(v.toString()).split(":")[0];
        if (source.startsWith(".") || source.startsWith("/")) {
          assertThat(ROOT.resolve(source).normalize()).as(name + " mounts " + source).exists();
        } else {
          assertThat(map(compose.get("volumes"))).as("named volume " + source).containsKey(source);
        }
      }
    }
    assertThat(withDefaults(map(service("indexer")).get("volumes").toString()))
        .contains("./seeds:/articles");
  }

  @Test
  void theImageHoldsTheJarsTheServicesRun() throws IOException {
    String dockerfile = Files.readString(ROOT.resolve("docker/Dockerfile"));
    assertThat(dockerfile)
        .contains("FROM eclipse-temurin:17-jre")
        .contains("/src/search-api/target/facetwire.jar /app/facetwire.jar")
        .contains("/src/indexer/target/facetwire-indexer.jar /app/facetwire-indexer.jar")
        .contains("ENTRYPOINT [\"java\", \"-jar\", \"/app/facetwire.jar\"]");
    assertThat(Files.readString(ROOT.resolve("search-api/pom.xml")))
        .contains("<finalName>facetwire</finalName>");
    assertThat(Files.readString(ROOT.resolve("indexer/pom.xml")))
        .contains("${project.build.directory}/facetwire-indexer.jar");
    assertThat(service("indexer").get("entrypoint"))
        .asList()
        .contains("/app/facetwire-indexer.jar");
    assertThat(Files.readString(ROOT.resolve(".dockerignore"))).contains("**/target");
    // Dependencies cached in a layer before the sources are copied; only the app and the CLI are
    // built.
    assertThat(dockerfile.indexOf("dependency:go-offline"))
        .isPositive()
        .isLessThan(dockerfile.indexOf("COPY . ."));
    assertThat(dockerfile).contains("-pl search-api -am package");
  }

  static List<String> dependsOn(String name) {
    return new ArrayList<>(map(service(name).get("depends_on")).keySet());
  }
}
