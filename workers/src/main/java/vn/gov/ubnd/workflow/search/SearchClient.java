package vn.gov.ubnd.workflow.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.http.HttpHost;
import org.apache.http.auth.AuthScope;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.apache.http.impl.client.BasicCredentialsProvider;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.ResponseException;
import org.elasticsearch.client.RestClient;
import org.elasticsearch.client.RestClientBuilder;

/**
 * The project's own indices, through the official Elasticsearch low-level REST client: the same
 * requests work on OpenSearch 2 and Elasticsearch 8. Index names get the configured prefix.
 */
public class SearchClient implements AutoCloseable {

  private final RestClient client;
  private final ObjectMapper json;
  private final String prefix;
  private final Set<String> knownIndices = ConcurrentHashMap.newKeySet();

  public SearchClient(SearchProperties properties, ObjectMapper json) {
    this.json = json;
    this.prefix = properties.prefix();
    HttpHost[] hosts =
        properties.urls().stream()
            .map(URI::toString)
            .map(HttpHost::create)
            .toArray(HttpHost[]::new);
    RestClientBuilder builder =
        RestClient.builder(hosts)
            .setRequestConfigCallback(
                config ->
                    config
                        .setConnectTimeout(5_000)
                        .setSocketTimeout((int) properties.timeout().toMillis()));
    if (properties.username() != null && !properties.username().isBlank()) {
      BasicCredentialsProvider credentials = new BasicCredentialsProvider();
      credentials.setCredentials(
          AuthScope.ANY,
          new UsernamePasswordCredentials(properties.username(), properties.password()));
      builder.setHttpClientConfigCallback(http -> http.setDefaultCredentialsProvider(credentials));
    }
    this.client = builder.build();
  }

  /** The full name of one of our indices ("ubnd-directives"). */
  public String indexName(String name) {
    return prefix + "-" + name;
  }

  /**
   * Creates the index with the settings and mappings of a classpath resource (search/*.json) unless
   * it exists.
   */
  public void ensureIndexFromResource(String name, String resource) {
    if (knownIndices.contains(indexName(name))) {
      return;
    }
    try (java.io.InputStream in =
        new org.springframework.core.io.ClassPathResource(resource).getInputStream()) {
      ensureIndex(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("index definition " + resource + " cannot be read", e);
    }
  }

  /** Creates the index with its settings and mappings unless it exists (idempotent). */
  public void ensureIndex(String name, String settingsAndMappings) {
    String index = indexName(name);
    if (knownIndices.contains(index)) {
      return;
    }
    Optional<JsonNode> exists = send("HEAD", "/" + index, null, true);
    if (exists.isEmpty()) {
      try {
        send("PUT", "/" + index, settingsAndMappings, false);
      } catch (SearchRequestException e) {
        if (!e.getMessage().contains("resource_already_exists_exception")) {
          throw e;
        }
      }
    }
    knownIndices.add(index);
  }

  public Optional<StoredDocument> get(String name, String id) {
    return send("GET", "/" + indexName(name) + "/_doc/" + encode(id), null, true)
        .filter(doc -> doc.path("found").asBoolean(false))
        .map(
            doc ->
                new StoredDocument(
                    id,
                    doc.get("_source"),
                    doc.get("_seq_no").asLong(),
                    doc.get("_primary_term").asLong()));
  }

  /** Creates the document; false if one with that id exists already. */
  public boolean create(String name, String id, Object document) {
    try {
      send(
          "PUT",
          "/" + indexName(name) + "/_create/" + encode(id) + "?refresh=wait_for",
          write(document),
          false);
      return true;
    } catch (SearchRequestException e) {
      if (e.status() == 409) {
        return false;
      }
      throw e;
    }
  }

  /** Writes the document only if it is still at the version read (optimistic concurrency). */
  public void replace(String name, StoredDocument read, Object document) {
    String path =
        "/"
            + indexName(name)
            + "/_doc/"
            + encode(read.id())
            + "?refresh=wait_for&if_seq_no="
            + read.seqNo()
            + "&if_primary_term="
            + read.primaryTerm();
    try {
      send("PUT", path, write(document), false);
    } catch (SearchRequestException e) {
      if (e.status() == 409) {
        throw new VersionConflictException(
            "document " + read.id() + " in " + indexName(name) + " changed since it was read");
      }
      throw e;
    }
  }

  /** Writes the document whatever is there (for records whose id makes the write idempotent). */
  public void put(String name, String id, Object document) {
    send(
        "PUT",
        "/" + indexName(name) + "/_doc/" + encode(id) + "?refresh=wait_for",
        write(document),
        false);
  }

  /** Runs a search and returns its hits' sources, following search_after over all pages. */
  public List<JsonNode> searchAll(String name, JsonNode query, String sortField) {
    List<JsonNode> sources = new ArrayList<>();
    JsonNode searchAfter = null;
    while (true) {
      ObjectNode body = json.createObjectNode();
      body.set("query", query);
      body.put("size", 1000);
      body.putArray("sort").addObject().put(sortField, "asc");
      if (searchAfter != null) {
        body.set("search_after", searchAfter);
      }
      Optional<JsonNode> result =
          send("POST", "/" + indexName(name) + "/_search", body.toString(), true);
      if (result.isEmpty()) {
        return sources; // no such index yet: nothing written
      }
      JsonNode hits = result.get().path("hits").path("hits");
      for (JsonNode hit : hits) {
        sources.add(hit.get("_source"));
        searchAfter = hit.get("sort");
      }
      if (hits.size() < 1000) {
        return sources;
      }
    }
  }

  /** Answers whether the cluster is reachable, for health and start-up checks. */
  public boolean ping() {
    try {
      return send("GET", "/", null, true).isPresent();
    } catch (RuntimeException e) {
      return false;
    }
  }

  private String write(Object document) {
    try {
      return json.writeValueAsString(document);
    } catch (IOException e) {
      throw new IllegalArgumentException("document cannot be written as JSON: " + e.getMessage());
    }
  }

  /**
   * Sends a request; with {@code notFoundIsEmpty} a 404 answers empty instead of failing.
   *
   * @throws SearchUnavailableException when the cluster cannot be reached
   * @throws SearchRequestException when it refuses the request
   */
  private Optional<JsonNode> send(
      String method, String path, String body, boolean notFoundIsEmpty) {
    Request request = new Request(method, path);
    if (body != null) {
      request.setJsonEntity(body);
    }
    try {
      Response response = client.performRequest(request);
      if (response.getStatusLine().getStatusCode() == 404) {
        // The client does not treat a 404 answer to HEAD as an error.
        if (notFoundIsEmpty) {
          return Optional.empty();
        }
        throw new SearchRequestException(404, method + " " + path + ": not found");
      }
      if (response.getEntity() == null) {
        return Optional.of(json.createObjectNode());
      }
      return Optional.of(json.readTree(response.getEntity().getContent()));
    } catch (ResponseException e) {
      int status = e.getResponse().getStatusLine().getStatusCode();
      if (status == 404 && notFoundIsEmpty) {
        return Optional.empty();
      }
      throw new SearchRequestException(status, method + " " + path + ": " + e.getMessage());
    } catch (IOException e) {
      throw new SearchUnavailableException(
          "the search index at "
              + client.getNodes()
              + " cannot be reached ("
              + e.getClass().getSimpleName()
              + ": "
              + e.getMessage()
              + "); the step is retried and nothing is lost: start the search cluster"
              + " (deploy/local/stack start) or check ubnd.search.urls",
          e);
    }
  }

  private static String encode(String id) {
    return URLEncoder.encode(id, StandardCharsets.UTF_8);
  }

  @Override
  public void close() throws IOException {
    client.close();
  }

  /** The cluster answered with an error status. */
  public static class SearchRequestException extends RuntimeException {
    private final int status;

    public SearchRequestException(int status, String message) {
      super(message);
      this.status = status;
    }

    public int status() {
      return status;
    }
  }
}
