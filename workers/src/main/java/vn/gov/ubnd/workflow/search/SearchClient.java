package vn.gov.ubnd.workflow.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.http.HttpHost;
import org.apache.http.auth.AuthScope;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.apache.http.entity.ContentType;
import org.apache.http.impl.client.BasicCredentialsProvider;
import org.apache.http.nio.entity.NStringEntity;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.ResponseException;
import org.elasticsearch.client.RestClient;
import org.elasticsearch.client.RestClientBuilder;

/**
 * The project's own indices, through the official Elasticsearch low-level REST client: the same
 * requests work on OpenSearch 2 and Elasticsearch 8. Index names get the configured prefix.
 *
 * <p>Size: the one adapter to the low-level REST client (requests, bulk, paging, error mapping);
 * split, every caller would learn the client's details.
 */
public class SearchClient implements AutoCloseable {

  private final RestClient client;
  private final ObjectMapper json;
  private final String prefix;
  private final int replicas;
  private final Set<String> knownIndices = ConcurrentHashMap.newKeySet();

  public SearchClient(SearchProperties properties, ObjectMapper json) {
    this.json = json;
    this.prefix = properties.prefix();
    this.replicas = properties.replicas();
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
    BasicCredentialsProvider credentials = new BasicCredentialsProvider();
    boolean basicAuth = properties.username() != null && !properties.username().isBlank();
    if (basicAuth) {
      credentials.setCredentials(
          AuthScope.ANY,
          new UsernamePasswordCredentials(properties.username(), properties.password()));
    }
    // Every job handler in flight may hold one connection (see JobExecutionConfiguration); the
    // client's default of 10 a node would queue them again behind each other.
    int connections = properties.maxConnections();
    builder.setHttpClientConfigCallback(
        http -> {
          http.setMaxConnPerRoute(connections).setMaxConnTotal(connections * hosts.length);
          return basicAuth ? http.setDefaultCredentialsProvider(credentials) : http;
        });
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

  /**
   * Creates the index with its settings and mappings unless it exists (idempotent); an existing
   * index gets the fields added since it was created (mappings only ever grow).
   */
  public void ensureIndex(String name, String settingsAndMappings) {
    String index = indexName(name);
    if (knownIndices.contains(index)) {
      return;
    }
    Optional<JsonNode> exists = send("HEAD", "/" + index, null, true);
    ObjectNode definition;
    try {
      definition = (ObjectNode) json.readTree(settingsAndMappings);
    } catch (IOException e) {
      throw new IllegalArgumentException("index definition of " + name + " is not JSON", e);
    }
    definition.withObjectProperty("settings").put("number_of_replicas", replicas);
    if (exists.isEmpty()) {
      try {
        send("PUT", "/" + index, definition.toString(), false);
      } catch (SearchRequestException e) {
        if (!e.getMessage().contains("resource_already_exists_exception")) {
          throw e;
        }
      }
    } else {
      send("PUT", "/" + index + "/_mapping", definition.path("mappings").toString(), false);
      send(
          "PUT",
          "/" + index + "/_settings",
          "{\"index\":{\"number_of_replicas\":" + replicas + "}}",
          false);
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

  /**
   * When a write becomes visible to searches. A read by id ({@link #get}, {@link #multiGet}) sees
   * every write at once; only a search that must see a write right after it needs {@link
   * #WAIT_FOR}, which costs up to the index's refresh interval (1 s).
   */
  public enum Refresh {
    /** Visible to searches after the next periodic refresh. */
    NONE,
    /** The call returns once searches see the write. */
    WAIT_FOR
  }

  /** Creates the document; false if one with that id exists already. */
  public boolean create(String name, String id, Object document) {
    return create(name, id, document, Refresh.NONE);
  }

  /** Creates the document; false if one with that id exists already. */
  public boolean create(String name, String id, Object document, Refresh refresh) {
    try {
      send(
          "PUT",
          "/" + indexName(name) + "/_create/" + encode(id) + refreshParameter(refresh, '?'),
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
            + "?if_seq_no="
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
    send("PUT", "/" + indexName(name) + "/_doc/" + encode(id), write(document), false);
  }

  /** Deletes the document if it exists. */
  public void delete(String name, String id) {
    send("DELETE", "/" + indexName(name) + "/_doc/" + encode(id), null, true);
  }

  /** Reads many documents by id in one request; ids not found are absent from the answer. */
  public Map<String, StoredDocument> multiGet(String name, Collection<String> ids) {
    Map<String, StoredDocument> found = new LinkedHashMap<>();
    if (ids.isEmpty()) {
      return found;
    }
    ObjectNode body = json.createObjectNode();
    ArrayNode idList = body.putArray("ids");
    ids.forEach(idList::add);
    Optional<JsonNode> answer =
        send("POST", "/" + indexName(name) + "/_mget", body.toString(), true);
    if (answer.isEmpty()) {
      return found; // no such index yet
    }
    for (JsonNode doc : answer.get().path("docs")) {
      if (doc.path("found").asBoolean(false)) {
        String id = doc.get("_id").asText();
        found.put(
            id,
            new StoredDocument(
                id,
                doc.get("_source"),
                doc.get("_seq_no").asLong(),
                doc.get("_primary_term").asLong()));
      }
    }
    return found;
  }

  /**
   * Writes several documents in one request. Each operation succeeds or fails on its own (a bulk
   * request is not a transaction): the answer has one outcome per operation, in order.
   */
  public List<BulkOutcome> bulk(List<BulkOperation> operations, Refresh refresh) {
    BulkOutcome[] outcomes = new BulkOutcome[operations.size()];
    List<Integer> pending = new ArrayList<>();
    for (int i = 0; i < operations.size(); i++) {
      pending.add(i);
    }
    for (int attempt = 1; !pending.isEmpty(); attempt++) {
      List<BulkOperation> batch = pending.stream().map(operations::get).toList();
      List<BulkOutcome> answered = bulkOnce(batch, refresh);
      List<Integer> overloaded = new ArrayList<>();
      for (int k = 0; k < pending.size(); k++) {
        outcomes[pending.get(k)] = answered.get(k);
        if (passing(answered.get(k).status())) {
          overloaded.add(pending.get(k)); // only these are sent again
        }
      }
      pending = overloaded;
      if (!pending.isEmpty()) {
        pauseForOverload(attempt, null);
      }
    }
    return List.of(outcomes);
  }

  private List<BulkOutcome> bulkOnce(List<BulkOperation> operations, Refresh refresh) {
    if (operations.isEmpty()) {
      return List.of();
    }
    StringBuilder body = new StringBuilder();
    for (BulkOperation op : operations) {
      ObjectNode meta = json.createObjectNode();
      ObjectNode action = meta.putObject(op.create() ? "create" : "index");
      action.put("_index", indexName(op.index()));
      action.put("_id", op.id());
      if (op.ifVersion() != null) {
        action.put("if_seq_no", op.ifVersion().seqNo());
        action.put("if_primary_term", op.ifVersion().primaryTerm());
      }
      body.append(meta).append('\n').append(write(op.document())).append('\n');
    }
    Request request = new Request("POST", "/_bulk" + refreshParameter(refresh, '?'));
    request.setEntity(
        new NStringEntity(
            body.toString(), ContentType.create("application/x-ndjson", StandardCharsets.UTF_8)));
    JsonNode answer = perform(request, false).orElseThrow();
    List<BulkOutcome> outcomes = new ArrayList<>(operations.size());
    for (JsonNode item : answer.path("items")) {
      JsonNode result = item.elements().next();
      JsonNode error = result.path("error");
      outcomes.add(
          new BulkOutcome(
              result.path("status").asInt(),
              error.isMissingNode() ? null : error.path("type").asText(),
              error.isMissingNode() ? null : error.path("reason").asText()));
    }
    return outcomes;
  }

  /**
   * Runs one search request (query, aggregations, sort, size) and returns the whole answer; an
   * index that does not exist yet answers as an empty one.
   */
  public Optional<JsonNode> search(String name, JsonNode body) {
    return send("POST", "/" + indexName(name) + "/_search", body.toString(), true);
  }

  /** How many documents match the query. */
  public long count(String name, JsonNode query) {
    ObjectNode body = json.createObjectNode();
    body.set("query", query);
    return send("POST", "/" + indexName(name) + "/_count", body.toString(), true)
        .map(answer -> answer.path("count").asLong())
        .orElse(0L);
  }

  /** Deletes one of our indices with everything in it (tests and the benchmark clean up). */
  public void deleteIndex(String name) {
    send("DELETE", "/" + indexName(name), null, true);
    knownIndices.remove(indexName(name));
  }

  /** Makes every write so far visible to searches (tests and the benchmark, not the workers). */
  public void refresh(String name) {
    send("POST", "/" + indexName(name) + "/_refresh", null, true);
  }

  private static String refreshParameter(Refresh refresh, char separator) {
    return refresh == Refresh.WAIT_FOR ? separator + "refresh=wait_for" : "";
  }

  /**
   * One write of a bulk request.
   *
   * @param create fail with 409 if the id exists, instead of replacing
   * @param ifVersion write only if the document is still at this version (optimistic concurrency)
   */
  public record BulkOperation(
      String index, String id, Object document, boolean create, StoredDocument ifVersion) {

    public static BulkOperation create(String index, String id, Object document) {
      return new BulkOperation(index, id, document, true, null);
    }

    public static BulkOperation put(String index, String id, Object document) {
      return new BulkOperation(index, id, document, false, null);
    }

    public static BulkOperation replace(String index, StoredDocument read, Object document) {
      return new BulkOperation(index, read.id(), document, false, read);
    }
  }

  /**
   * What became of one operation of a bulk request.
   *
   * @param status HTTP status of the operation (201, 200, 409, ...)
   * @param errorType the index's error type, when it failed
   * @param reason the index's explanation, when it failed
   */
  public record BulkOutcome(int status, String errorType, String reason) {
    public boolean succeeded() {
      return status >= 200 && status < 300;
    }

    public boolean conflict() {
      return status == 409;
    }
  }

  /**
   * One page of the documents matching the query, in the order given (the document id's field last,
   * so that the order is total), the total counted exactly.
   *
   * @param cursor where the page starts ({@link SearchPage#next()} of the page before), or null
   * @throws PageCursor.InvalidCursorException if the cursor is not one of this order's
   */
  public SearchPage page(String name, Query query, List<Sort> order, int size, String cursor) {
    ObjectNode body = json.createObjectNode();
    body.set("query", query.json());
    body.put("size", size);
    body.put("track_total_hits", true);
    ArrayNode sort = body.putArray("sort");
    for (Sort key : order) {
      ObjectNode options = sort.addObject().putObject(key.field());
      options.put("order", key.descending() ? "desc" : "asc");
      if (!Sort.RELEVANCE.equals(key.field())) {
        options.put("missing", "_last");
      }
    }
    JsonNode after = PageCursor.decode(cursor, order.size());
    if (after != null) {
      body.set("search_after", after);
    }
    Optional<JsonNode> answer =
        send("POST", "/" + indexName(name) + "/_search", body.toString(), true);
    if (answer.isEmpty()) {
      return new SearchPage(0, List.of(), null);
    }
    JsonNode hits = answer.get().path("hits");
    List<JsonNode> sources = new ArrayList<>();
    JsonNode last = null;
    for (JsonNode hit : hits.path("hits")) {
      sources.add(hit.get("_source"));
      last = hit.get("sort");
    }
    String next = sources.size() == size && last != null ? PageCursor.encode(last) : null;
    return new SearchPage(hits.path("total").path("value").asLong(), sources, next);
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

  /** A stored document as the record it was written from. */
  public <T> T read(JsonNode source, Class<T> type) {
    try {
      return json.treeToValue(source, type);
    } catch (IOException e) {
      throw new IllegalStateException(
          "unreadable " + type.getSimpleName() + " in the index: " + e.getMessage(), e);
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
    return perform(request, notFoundIsEmpty);
  }

  /**
   * Answers that pass with time: overloaded (429: a full queue, the memory circuit breaker) and
   * unavailable (503: a shard recovering or unassigned, no master yet; 502 and 504 from a proxy in
   * front of the cluster). They are waited out, never taken for a refusal of the request.
   */
  static boolean passing(int status) {
    return status == 429 || status == 502 || status == 503 || status == 504;
  }

  /** Attempts of a request the cluster refuses for a passing reason, with a doubling pause. */
  private static final int OVERLOAD_ATTEMPTS = 7;

  private static final long FIRST_OVERLOAD_PAUSE_MILLIS = 50;

  /**
   * Sends a request; a cluster that refuses for a passing reason ({@link #passing}) is given a
   * growing pause and asked again, about 6 s in all, before the step fails as an outage (which the
   * job's retries then wait out longer).
   */
  private Optional<JsonNode> perform(Request request, boolean notFoundIsEmpty) {
    for (int attempt = 1; ; attempt++) {
      try {
        return performOnce(request, notFoundIsEmpty);
      } catch (SearchRequestException e) {
        if (!passing(e.status())) {
          throw e;
        }
        pauseForOverload(attempt, e);
      }
    }
  }

  private void pauseForOverload(int attempt, Exception cause) {
    if (attempt >= OVERLOAD_ATTEMPTS) {
      throw new SearchUnavailableException(
          "the search index at "
              + client.getNodes()
              + " is overloaded or recovering (HTTP 429/503) and kept refusing for "
              + OVERLOAD_ATTEMPTS
              + " attempts; the step is retried and nothing is lost: check the cluster's health"
              + " (shards recovering, a node down) and give it more memory or nodes if this"
              + " recurs",
          cause);
    }
    try {
      Thread.sleep(
          (FIRST_OVERLOAD_PAUSE_MILLIS << (attempt - 1))
              + java.util.concurrent.ThreadLocalRandom.current().nextLong(20));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SearchUnavailableException("interrupted while the index was overloaded", e);
    }
  }

  private Optional<JsonNode> performOnce(Request request, boolean notFoundIsEmpty) {
    String method = request.getMethod();
    String path = request.getEndpoint();
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
