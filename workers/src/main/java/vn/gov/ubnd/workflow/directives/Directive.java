package vn.gov.ubnd.workflow.directives;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.gov.ubnd.workflow.council.AnswerCategory;
import vn.gov.ubnd.workflow.council.CouncilItem;

/**
 * A directive (nhiệm vụ giao) as the index holds it: what was asked, of whom, by when, and how far
 * it has come. The document id is the directive id. {@code workProgrammeItem}: a task of the
 * committee's work programme (chương trình công tác); {@code centralGovernmentTask}: given to the
 * province by the Government or the Prime Minister; both as registered, for the office's monthly
 * report.
 *
 * <p>Size: the indexed record and the changes of its life (the withers and their builder) belong
 * together: the builder copies every field the changes leave alone.
 */
@JsonIgnoreProperties(
    value = {"completedOnTime"},
    allowGetters = true) // derived, stored for the statistics' aggregations
public record Directive(
    String directiveId,
    String title,
    String content,
    SourceDocument sourceDocument,
    boolean workProgrammeItem,
    boolean centralGovernmentTask,
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
    OffsetDateTime updatedAt,
    List<Contribution> contributions,
    CouncilItem councilItem) {

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
    contributions = contributions == null ? List.of() : List.copyOf(contributions);
  }

  /**
   * A directive as registered: in progress, its deadline the original one, nothing sent yet.
   *
   * @param valid the checked input
   * @param processInstanceKey the instance that tracks it
   */
  public static Directive registered(
      DirectiveValidator.ValidDirective valid, long processInstanceKey, OffsetDateTime now) {
    DirectiveInput input = valid.input();
    return new Directive(
        input.directiveId().trim(),
        input.title().trim(),
        input.content() == null ? "" : input.content().trim(),
        valid.sourceDocument(),
        valid.workProgrammeItem(),
        valid.centralGovernmentTask(),
        valid.leadAgency().code(),
        valid.leadAgency().name(),
        valid.coordinatingAgencies(),
        valid.leaderInCharge().code(),
        valid.leaderInCharge().name(),
        valid.assignedOn(),
        valid.deadline(),
        valid.deadline(),
        0,
        Status.IN_PROGRESS,
        false,
        0,
        List.of(),
        null,
        null,
        null,
        null,
        null,
        null,
        processInstanceKey,
        now,
        List.of(),
        valid.councilItem());
  }

  /** A follow-up step was sent; recording the same level for the same deadline twice is a no-op. */
  public Directive withFollowUp(FollowUp followUp, boolean marksOverdue, OffsetDateTime now) {
    if (hasFollowUp(followUp.level(), followUp.deadline())) {
      return this;
    }
    List<FollowUp> all = new ArrayList<>(followUps);
    all.add(followUp);
    Changes c = changes(now);
    c.followUps = all;
    c.overdue = overdue || marksOverdue;
    c.escalationLevel = Math.max(escalationLevel, followUp.level());
    return c.build();
  }

  public boolean hasFollowUp(int level, LocalDate forDeadline) {
    return followUps.stream()
        .anyMatch(f -> f.level() == level && Objects.equals(f.deadline(), forDeadline));
  }

  /** A new deadline in force; the original one stays, the ladder starts again from it. */
  public Directive withExtension(LocalDate newDeadline, OffsetDateTime now) {
    Changes c = changes(now);
    c.deadline = newDeadline;
    c.extensionCount = extensionCount + 1;
    c.overdue = false;
    c.escalationLevel = 0;
    return c.build();
  }

  /** A coordinating agency's contribution; the same one delivered twice is kept once. */
  public Directive withContribution(Contribution contribution, OffsetDateTime now) {
    if (contributions.stream()
        .anyMatch(c -> c.contributionId().equals(contribution.contributionId()))) {
      return this;
    }
    List<Contribution> all = new ArrayList<>(contributions);
    all.add(contribution);
    Changes c = changes(now);
    c.contributions = all;
    return c.build();
  }

  /**
   * A petition's answer accepted by the office as still being resolved: followed to the roadmap's
   * date as its new deadline, the ladder starting again from it.
   */
  public Directive withCarryOver(String roadmap, LocalDate roadmapDate, OffsetDateTime now) {
    Changes c = changes(now);
    c.councilItem = councilItem.carriedOver(roadmap, roadmapDate);
    c.deadline = roadmapDate;
    c.overdue = false;
    c.escalationLevel = 0;
    return c.build();
  }

  public Directive withProgress(String progress, OffsetDateTime now) {
    Changes c = changes(now);
    c.lastProgress = progress;
    return c.build();
  }

  /**
   * Completed: a directive's result confirmed, or a petition's final answer accepted (its category
   * recorded).
   */
  public Directive withCompletion(
      LocalDate completedOn,
      String result,
      String evidenceReference,
      AnswerCategory answerCategory,
      OffsetDateTime now) {
    Changes c = changes(now);
    if (councilItem != null && answerCategory != null) {
      c.councilItem = councilItem.answered(answerCategory);
    }
    c.status = Status.COMPLETED;
    c.completedOn = completedOn;
    c.result = result;
    c.evidenceReference = evidenceReference;
    return c.build();
  }

  public Directive withWithdrawal(LocalDate withdrawnOn, String reason, OffsetDateTime now) {
    Changes c = changes(now);
    c.status = Status.WITHDRAWN;
    c.withdrawnOn = withdrawnOn;
    c.withdrawalReason = reason;
    return c.build();
  }

  private Changes changes(OffsetDateTime now) {
    Changes c = new Changes(this);
    c.updatedAt = now;
    return c;
  }

  /** The fields that change over a directive's life; the rest is copied as registered. */
  private static final class Changes {
    private final Directive from;
    private LocalDate deadline;
    private int extensionCount;
    private Status status;
    private boolean overdue;
    private int escalationLevel;
    private List<FollowUp> followUps;
    private String lastProgress;
    private LocalDate completedOn;
    private String result;
    private String evidenceReference;
    private LocalDate withdrawnOn;
    private String withdrawalReason;
    private OffsetDateTime updatedAt;
    private List<Contribution> contributions;
    private CouncilItem councilItem;

    private Changes(Directive d) {
      from = d;
      deadline = d.deadline;
      extensionCount = d.extensionCount;
      status = d.status;
      overdue = d.overdue;
      escalationLevel = d.escalationLevel;
      followUps = d.followUps;
      lastProgress = d.lastProgress;
      completedOn = d.completedOn;
      result = d.result;
      evidenceReference = d.evidenceReference;
      withdrawnOn = d.withdrawnOn;
      withdrawalReason = d.withdrawalReason;
      updatedAt = d.updatedAt;
      contributions = d.contributions;
      councilItem = d.councilItem;
    }

    private Directive build() {
      return new Directive(
          from.directiveId,
          from.title,
          from.content,
          from.sourceDocument,
          from.workProgrammeItem,
          from.centralGovernmentTask,
          from.leadAgency,
          from.leadAgencyName,
          from.coordinatingAgencies,
          from.leaderInCharge,
          from.leaderName,
          from.assignedOn,
          deadline,
          from.originalDeadline,
          extensionCount,
          status,
          overdue,
          escalationLevel,
          followUps,
          lastProgress,
          completedOn,
          result,
          evidenceReference,
          withdrawnOn,
          withdrawalReason,
          from.processInstanceKey,
          updatedAt,
          contributions,
          councilItem);
    }
  }

  /**
   * A task the committee or its leaders gave, counted in the directives' statistics; not a voters'
   * petition nor a questioning commitment, which have figures of their own.
   */
  public boolean givenByTheCommittee() {
    return councilItem == null;
  }

  /** Completed by the deadline in force (or with no deadline at all). */
  @JsonProperty("completedOnTime")
  public boolean completedOnTime() {
    return completedOn != null && (deadline == null || !completedOn.isAfter(deadline));
  }
}
