package vn.gov.ubnd.workflow.directives;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A directive (nhiệm vụ giao) as the index holds it: what was asked, of whom, by when, and how far
 * it has come. The document id is the directive id.
 */
public record Directive(
    String directiveId,
    String title,
    String content,
    SourceDocument sourceDocument,
    String leadAgency,
    String leadAgencyName,
    List<String> coordinatingAgencies,
    String leaderInCharge,
    String leaderName,
    LocalDate assignedOn,
    LocalDate deadline,
    LocalDate originalDeadline,
    int extensionCount,
    Status status,
    boolean overdue,
    int escalationLevel,
    List<FollowUp> followUps,
    String lastProgress,
    LocalDate completedOn,
    String result,
    String evidenceReference,
    LocalDate withdrawnOn,
    String withdrawalReason,
    long processInstanceKey,
    OffsetDateTime updatedAt) {

  /** Where a directive stands. */
  public enum Status {
    IN_PROGRESS,
    COMPLETED,
    WITHDRAWN
  }

  public Directive {
    coordinatingAgencies =
        coordinatingAgencies == null ? List.of() : List.copyOf(coordinatingAgencies);
    followUps = followUps == null ? List.of() : List.copyOf(followUps);
  }

  /** A follow-up step was sent; recording the same level for the same deadline twice is a no-op. */
  public Directive withFollowUp(FollowUp followUp, boolean marksOverdue, OffsetDateTime now) {
    if (hasFollowUp(followUp.level(), followUp.deadline())) {
      return this;
    }
    List<FollowUp> all = new ArrayList<>(followUps);
    all.add(followUp);
    return new Directive(
        directiveId,
        title,
        content,
        sourceDocument,
        leadAgency,
        leadAgencyName,
        coordinatingAgencies,
        leaderInCharge,
        leaderName,
        assignedOn,
        deadline,
        originalDeadline,
        extensionCount,
        status,
        overdue || marksOverdue,
        Math.max(escalationLevel, followUp.level()),
        all,
        lastProgress,
        completedOn,
        result,
        evidenceReference,
        withdrawnOn,
        withdrawalReason,
        processInstanceKey,
        now);
  }

  public boolean hasFollowUp(int level, LocalDate forDeadline) {
    return followUps.stream()
        .anyMatch(f -> f.level() == level && java.util.Objects.equals(f.deadline(), forDeadline));
  }

  /** A new deadline in force; the original one stays, the ladder starts again from it. */
  public Directive withExtension(LocalDate newDeadline, OffsetDateTime now) {
    return new Directive(
        directiveId,
        title,
        content,
        sourceDocument,
        leadAgency,
        leadAgencyName,
        coordinatingAgencies,
        leaderInCharge,
        leaderName,
        assignedOn,
        newDeadline,
        originalDeadline,
        extensionCount + 1,
        status,
        false,
        0,
        followUps,
        lastProgress,
        completedOn,
        result,
        evidenceReference,
        withdrawnOn,
        withdrawalReason,
        processInstanceKey,
        now);
  }

  public Directive withProgress(String progress, OffsetDateTime now) {
    return new Directive(
        directiveId,
        title,
        content,
        sourceDocument,
        leadAgency,
        leadAgencyName,
        coordinatingAgencies,
        leaderInCharge,
        leaderName,
        assignedOn,
        deadline,
        originalDeadline,
        extensionCount,
        status,
        overdue,
        escalationLevel,
        followUps,
        progress,
        completedOn,
        result,
        evidenceReference,
        withdrawnOn,
        withdrawalReason,
        processInstanceKey,
        now);
  }

  public Directive withCompletion(
      LocalDate completedOn, String result, String evidenceReference, OffsetDateTime now) {
    return new Directive(
        directiveId,
        title,
        content,
        sourceDocument,
        leadAgency,
        leadAgencyName,
        coordinatingAgencies,
        leaderInCharge,
        leaderName,
        assignedOn,
        deadline,
        originalDeadline,
        extensionCount,
        Status.COMPLETED,
        overdue,
        escalationLevel,
        followUps,
        lastProgress,
        completedOn,
        result,
        evidenceReference,
        withdrawnOn,
        withdrawalReason,
        processInstanceKey,
        now);
  }

  public Directive withWithdrawal(LocalDate withdrawnOn, String reason, OffsetDateTime now) {
    return new Directive(
        directiveId,
        title,
        content,
        sourceDocument,
        leadAgency,
        leadAgencyName,
        coordinatingAgencies,
        leaderInCharge,
        leaderName,
        assignedOn,
        deadline,
        originalDeadline,
        extensionCount,
        Status.WITHDRAWN,
        overdue,
        escalationLevel,
        followUps,
        lastProgress,
        completedOn,
        result,
        evidenceReference,
        withdrawnOn,
        reason,
        processInstanceKey,
        now);
  }

  /** Completed by the deadline in force (or with no deadline at all). */
  public boolean completedOnTime() {
    return completedOn != null && (deadline == null || !completedOn.isAfter(deadline));
  }
}
