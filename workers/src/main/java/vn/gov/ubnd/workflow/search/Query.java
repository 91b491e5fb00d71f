package vn.gov.ubnd.workflow.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * A query of the index in our words: features say which documents they want (a term, a date range,
 * words in fields, all or any of these) and never write the request's JSON themselves.
 */
public final class Query {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final ObjectNode node;

  private Query(ObjectNode node) {
    this.node = node;
  }

  /** Every document. */
  public static Query all() {
    ObjectNode q = NODES.objectNode();
    q.putObject("match_all");
    return new Query(q);
  }

  /** The field holds exactly this value (a keyword, a number, a flag). */
  public static Query term(String field, Object value) {
    ObjectNode q = NODES.objectNode();
    q.putObject("term").set(field, scalar(value));
    return new Query(q);
  }

  /** The field holds one of these values. */
  public static Query anyOf(String field, Collection<String> values) {
    ObjectNode q = NODES.objectNode();
    ArrayNode list = q.putObject("terms").putArray(field);
    values.forEach(list::add);
    return new Query(q);
  }

  /** A keyword field starting with this text. */
  public static Query prefix(String field, String text) {
    ObjectNode q = NODES.objectNode();
    q.putObject("prefix").putObject(field).put("value", text).put("case_insensitive", true);
    return new Query(q);
  }

  /** A date on or after {@code from} and on or before {@code to}; a null bound is open. */
  public static Query dateBetween(String field, LocalDate from, LocalDate to) {
    ObjectNode q = NODES.objectNode();
    ObjectNode range = q.putObject("range").putObject(field);
    if (from != null) {
      range.put("gte", from.toString());
    }
    if (to != null) {
      range.put("lte", to.toString());
    }
    return new Query(q);
  }

  /** A date strictly before the day. */
  public static Query dateBefore(String field, LocalDate day) {
    ObjectNode q = NODES.objectNode();
    q.putObject("range").putObject(field).put("lt", day.toString());
    return new Query(q);
  }

  /** A number at least {@code minimum}. */
  public static Query atLeast(String field, long minimum) {
    ObjectNode q = NODES.objectNode();
    q.putObject("range").putObject(field).put("gte", minimum);
    return new Query(q);
  }

  /** A value below this one (a number, a keyword such as a month "2026-04"). */
  public static Query lessThan(String field, Object value) {
    ObjectNode q = NODES.objectNode();
    q.putObject("range").putObject(field).set("lt", scalar(value));
    return new Query(q);
  }

  /** The field has a value. */
  public static Query exists(String field) {
    ObjectNode q = NODES.objectNode();
    q.putObject("exists").put("field", field);
    return new Query(q);
  }

  /** Every word of the text in one or another of the fields (analysed as the fields are). */
  public static Query words(String text, List<String> fields) {
    ObjectNode q = NODES.objectNode();
    ObjectNode match = q.putObject("multi_match");
    match.put("query", text);
    match.put("type", "cross_fields");
    match.put("operator", "and");
    ArrayNode names = match.putArray("fields");
    fields.forEach(names::add);
    return new Query(q);
  }

  /** Every one of the queries (unscored). */
  public static Query allOf(List<Query> queries) {
    return bool("filter", queries, null);
  }

  /** Every one of the queries, ranked by how well they match. */
  public static Query scoredAllOf(List<Query> queries) {
    return bool("must", queries, null);
  }

  /** At least one of the queries. */
  public static Query oneOf(List<Query> queries) {
    return bool("should", queries, 1);
  }

  /** Not this one. */
  public static Query not(Query query) {
    return bool("must_not", List.of(query), null);
  }

  /** Both: the scored query, limited by the filters. */
  public static Query filtered(Query scored, List<Query> filters) {
    ObjectNode q = NODES.objectNode();
    ObjectNode bool = q.putObject("bool");
    bool.putArray("must").add(scored.node);
    ArrayNode filter = bool.putArray("filter");
    filters.forEach(f -> filter.add(f.node));
    return new Query(q);
  }

  private static Query bool(String occur, List<Query> queries, Integer minimumShouldMatch) {
    ObjectNode q = NODES.objectNode();
    ObjectNode bool = q.putObject("bool");
    ArrayNode clauses = bool.putArray(occur);
    queries.forEach(c -> clauses.add(c.node));
    if (minimumShouldMatch != null) {
      bool.put("minimum_should_match", minimumShouldMatch);
    }
    return new Query(q);
  }

  private static JsonNode scalar(Object value) {
    return switch (value) {
      case Boolean b -> NODES.booleanNode(b);
      case Integer i -> NODES.numberNode(i);
      case Long l -> NODES.numberNode(l);
      case Enum<?> e -> NODES.textNode(e.name());
      default -> NODES.textNode(String.valueOf(value));
    };
  }

  /** The request's JSON, for the client. */
  JsonNode json() {
    return node;
  }

  @Override
  public String toString() {
    return node.toString();
  }
}
