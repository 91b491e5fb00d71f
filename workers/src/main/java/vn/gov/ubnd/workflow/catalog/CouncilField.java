package vn.gov.ubnd.workflow.catalog;

/**
 * A field of the Council's committees (ban của HĐND) by which voters' petitions are counted: the
 * council names them, so they come from the catalog.
 *
 * @param code catalog code ("KTNS")
 * @param name as the reports write it ("Kinh tế - Ngân sách")
 */
public record CouncilField(String code, String name) {}
