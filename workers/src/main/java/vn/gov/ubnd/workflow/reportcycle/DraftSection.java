package vn.gov.ubnd.workflow.reportcycle;

/**
 * One leaf section of the draft, as the office edits it.
 *
 * @param key the template section
 * @param heading the printed path of headings ("A.I.1. Về phát triển kinh tế ...")
 * @param text the compiled, then edited, text
 */
public record DraftSection(String key, String heading, String text) {}
