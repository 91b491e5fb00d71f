package vn.gov.ubnd.workflow.directives;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import vn.gov.ubnd.workflow.accounts.Person;

/**
 * One entry of a directive's history in the events index.
 *
 * @param eventId idempotency key: the same step retried writes the same event
 * @param directiveId the directive
 * @param performedBy the person who did it, when a person did (null for the system's steps)
 * @param type what happened (REGISTERED, REMINDER, OVERDUE, ESCALATED, PROGRESS, ...)
 * @param at when
 * @param actor who (catalog code or group), if a person
 * @param description what, in Vietnamese
 * @param recipients who was notified
 * @param deadline the deadline in force afterwards
 */
public record DirectiveEvent(
    String eventId,
    String directiveId,
    String type,
    OffsetDateTime at,
    String actor,
    String description,
    List<String> recipients,
    LocalDate deadline,
    Person performedBy) {}
