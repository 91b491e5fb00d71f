package vn.gov.ubnd.workflow.directives;

import java.time.OffsetDateTime;
import vn.gov.ubnd.workflow.accounts.Person;
import vn.gov.ubnd.workflow.attachments.FileLink;

/**
 * What a coordinating agency sent the lead agency about a directive: shown in the lead agency's
 * report task and on the directive's page.
 *
 * @param contributionId idempotency key: the same contribution delivered twice is kept once
 * @param agency catalog code of the coordinating agency
 * @param agencyName its name
 * @param text what it says (figures, opinions, what it has done)
 * @param at when it was sent
 * @param by who sent it
 * @param file the file sent with it, or null
 */
public record Contribution(
    String contributionId,
    String agency,
    String agencyName,
    String text,
    OffsetDateTime at,
    Person by,
    FileLink file) {}
