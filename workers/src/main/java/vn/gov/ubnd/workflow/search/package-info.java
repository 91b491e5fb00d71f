/**
 * Our indices through the Elasticsearch low-level REST client, in our words: queries, aggregations,
 * requests and answers, bulk writes and pages.
 *
 * <p>Public face, what other packages use (everything else is package-private; {@code
 * PublicFacesTest} fails when a type is made public without being named here): {@link Aggregated},
 * {@link Aggregation}, {@link BulkOperation}, {@link BulkOutcome}, {@link Counting}, {@link
 * PageCursor}, {@link Query}, {@link Refresh}, {@link SearchAnswer}, {@link SearchClient}, {@link
 * SearchPage}, {@link SearchProperties}, {@link SearchRequest}, {@link SearchRequestException},
 * {@link SearchUnavailableException}, {@link Sort}, {@link StoredDocument}, {@link
 * VersionConflictException}.
 */
package vn.gov.ubnd.workflow.search;
