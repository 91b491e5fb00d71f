package vn.gov.ubnd.workflow.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The project's own indices, through the official Elasticsearch low-level REST client: the same
 * requests work on OpenSearch 2 and Elasticsearch 8. Index names get the configured prefix. What
 * features call: documents by id, searches and counts, bulk writes and pages; the wire ({@link
 * SearchTransport}), index definitions, bulk retries and paging are each a class of their own.
 */
public class SearchClient implements AutoCloseable {

  private final SearchTransport transport;
  private final ObjectMapper json;
  private final String prefix;
  private final IndexDefinitions definitions;
  private final BulkWriter bulkWriter;
  private final Paging paging;

  public SearchClient(SearchProperties properties, ObjectMapper json) {
    this.json = json;
    this.prefix = properties.prefix();
    this.transport = new SearchTransport(properties, json);
    this.definitions =
        new IndexDefinitions(transport, json, this::indexName, properties.replicas());
    this.bulkWriter = new BulkWriter(transport, json, this::indexName, this::write);
    this.paging = new Paging(transport, json, this::indexName);
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
    definitions.ensureFromResource(name, resource);
  }

  /**
   * Creates the index with its settings and mappings unless it exists (idempotent); an existing
   * index gets the fields added since it was created (mappings only ever grow).
   */
  public void ensureIndex(String name, String settingsAndMappings) {
    definitions.ensure(name, settingsAndMappings);
  }

  public Optional<StoredDocument> get(String name, String id) {
    return transport
        .send("GET", documentPath(name, id), null, true)
        .filter(doc -> doc.path("found").asBoolean(false))
        .map(doc -> stored(id, doc));
  }

  /** Creates the document; false if one with that id exists already. */
  public boolean create(String name, String id, Object document) {
    return create(name, id, document, Refresh.NONE);
  }

  /** Creates the document; false if one with that id exists already. */
  public boolean create(String name, String id, Object document, Refresh refresh) {
    try {
      transport.send(
          "PUT",
          "/" + indexName(name) + "/_create/" + encode(id) + refresh.parameter('?'),
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
        documentPath(name, read.id())
            + "?if_seq_no="
            + read.seqNo()
            + "&if_primary_term="
            + read.primaryTerm();
    try {
      transport.send("PUT", path, write(document), false);
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
    transport.send("PUT", documentPath(name, id), write(document), false);
  }

  /** Deletes the document if it exists. */
  public void delete(String name, String id) {
    transport.send("DELETE", documentPath(name, id), null, true);
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
        transport.send("POST", "/" + indexName(name) + "/_mget", body.toString(), true);
    if (answer.isEmpty()) {
      return found; // no such index yet
    }
    for (JsonNode doc : answer.get().path("docs")) {
      if (doc.path("found").asBoolean(false)) {
        String id = doc.get("_id").asText();
        found.put(id, stored(id, doc));
      }
    }
    return found;
  }

  /**
   * Writes several documents in one request. Each operation succeeds or fails on its own (a bulk
   * request is not a transaction): the answer has one outcome per operation, in order.
   */
  public List<BulkOutcome> bulk(List<BulkOperation> operations, Refresh refresh) {
    return bulkWriter.bulk(operations, refresh);
  }

  private Optional<JsonNode> search(String name, JsonNode body) {
    return transport.send("POST", "/" + indexName(name) + "/_search", body.toString(), true);
  }

  /** Runs one search in our words; an index that does not exist yet answers as an empty one. */
  public SearchAnswer search(String name, SearchRequest request) {
    return new SearchAnswer(search(name, request.json()).orElse(null), this::read);
  }

  /** How many documents match the query. */
  public long count(String name, Query query) {
    ObjectNode body = json.createObjectNode();
    body.set("query", query.json());
    return transport
        .send("POST", "/" + indexName(name) + "/_count", body.toString(), true)
        .map(answer -> answer.path("count").asLong())
        .orElse(0L);
  }

  /** Deletes one of our indices with everything in it (tests and the benchmark clean up). */
  public void deleteIndex(String name) {
    definitions.delete(name);
  }

  /** Makes every write so far visible to searches (tests and the benchmark, not the workers). */
  public void refresh(String name) {
    transport.send("POST", "/" + indexName(name) + "/_refresh", null, true);
  }

  /**
   * One page of the documents matching the query, in the order given (the document id's field last,
   * so that the order is total), the total counted exactly.
   *
   * @param cursor where the page starts ({@link SearchPage#next()} of the page before), or null
   * @throws PageCursor.InvalidCursorException if the cursor is not one of this order's
   */
  public SearchPage page(String name, Query query, List<Sort> order, int size, String cursor) {
    return paging.page(name, query, order, size, cursor);
  }

  /** Runs a search and returns its hits' sources, following search_after over all pages. */
  public List<JsonNode> searchAll(String name, Query query, String sortField) {
    return paging.all(name, query.json(), sortField);
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
      return transport.send("GET", "/", null, true).isPresent();
    } catch (RuntimeException e) {
      return false;
    }
  }

  private String documentPath(String name, String id) {
    return "/" + indexName(name) + "/_doc/" + encode(id);
  }

  private static StoredDocument stored(String id, JsonNode doc) {
    return new StoredDocument(
        id, doc.get("_source"), doc.get("_seq_no").asLong(), doc.get("_primary_term").asLong());
  }

  private String write(Object document) {
    try {
      return json.writeValueAsString(document);
    } catch (IOException e) {
      throw new IllegalArgumentException("document cannot be written as JSON: " + e.getMessage());
    }
  }

  private static String encode(String id) {
    return URLEncoder.encode(id, StandardCharsets.UTF_8);
  }

  @Override
  public void close() throws IOException {
    transport.close();
  }
}
