package vn.gov.ubnd.workflow.search;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A document as read, with the version it was read at.
 *
 * @param id document id
 * @param source the document
 * @param seqNo sequence number, for a conditional write
 * @param primaryTerm primary term, for a conditional write
 */
public record StoredDocument(String id, JsonNode source, long seqNo, long primaryTerm) {}
