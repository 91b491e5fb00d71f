package vn.gov.ubnd.workflow.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.springframework.core.io.ClassPathResource;

/**
 * Our indices' settings and mappings: created when first used, grown when a field is added
 * (mappings only ever grow), each checked once per process.
 */
final class IndexDefinitions {

  private final SearchTransport transport;
  private final ObjectMapper json;
  private final UnaryOperator<String> indexName;
  private final int replicas;
  private final Set<String> knownIndices = ConcurrentHashMap.newKeySet();

  IndexDefinitions(
      SearchTransport transport, ObjectMapper json, UnaryOperator<String> indexName, int replicas) {
    this.transport = transport;
    this.json = json;
    this.indexName = indexName;
    this.replicas = replicas;
  }

  void ensureFromResource(String name, String resource) {
    if (knownIndices.contains(indexName.apply(name))) {
      return;
    }
    try (InputStream in = new ClassPathResource(resource).getInputStream()) {
      ensure(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("index definition " + resource + " cannot be read", e);
    }
  }

  void ensure(String name, String settingsAndMappings) {
    String index = indexName.apply(name);
    if (knownIndices.contains(index)) {
      return;
    }
    Optional<JsonNode> exists = transport.send("HEAD", "/" + index, null, true);
    ObjectNode definition;
    try {
      definition = (ObjectNode) json.readTree(settingsAndMappings);
    } catch (IOException e) {
      throw new IllegalArgumentException("index definition of " + name + " is not JSON", e);
    }
    definition.withObjectProperty("settings").put("number_of_replicas", replicas);
    if (exists.isEmpty()) {
      try {
        transport.send("PUT", "/" + index, definition.toString(), false);
      } catch (SearchRequestException e) {
        if (!e.getMessage().contains("resource_already_exists_exception")) {
          throw e;
        }
      }
    } else {
      transport.send(
          "PUT", "/" + index + "/_mapping", definition.path("mappings").toString(), false);
      transport.send(
          "PUT",
          "/" + index + "/_settings",
          "{\"index\":{\"number_of_replicas\":" + replicas + "}}",
          false);
    }
    knownIndices.add(index);
  }

  void delete(String name) {
    transport.send("DELETE", "/" + indexName.apply(name), null, true);
    knownIndices.remove(indexName.apply(name));
  }
}
