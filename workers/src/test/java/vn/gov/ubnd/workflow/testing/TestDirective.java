package vn.gov.ubnd.workflow.testing;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import vn.gov.ubnd.workflow.council.CouncilItem;
import vn.gov.ubnd.workflow.directives.Directive;
import vn.gov.ubnd.workflow.directives.SourceDocument;

/**
 * Directives for tests, by what a test cares about: who, when, marked how, and how it ended. The
 * rest takes plain values.
 */
public final class TestDirective {

  private final String id;
  private String title;
  private String agency = "STC";
  private String agencyName = "Sở Tài chính";
  private String leader = "PCT-KT";
  private String leaderName = "Phạm Thị Hoa";
  private LocalDate assignedOn = LocalDate.parse("2026-03-02");
  private LocalDate deadline;
  private boolean programme;
  private boolean central;
  private int escalationLevel;
  private long processInstanceKey = 1L;
  private OffsetDateTime updatedAt;
  private String content = "";
  private List<String> coordinating = List.of();
  private SourceDocument source;
  private CouncilItem councilItem;

  private TestDirective(String id) {
    this.id = id;
    this.title = "Nhiệm vụ " + id;
  }

  public static TestDirective of(String id) {
    return new TestDirective(id);
  }

  public TestDirective title(String title) {
    this.title = title;
    return this;
  }

  /** The lead agency by code; its name is "Đơn vị <code>" unless given. */
  public TestDirective agency(String code) {
    return agency(code, "Đơn vị " + code);
  }

  public TestDirective agency(String code, String name) {
    this.agency = code;
    this.agencyName = name;
    return this;
  }

  public TestDirective leader(String code, String name) {
    this.leader = code;
    this.leaderName = name;
    return this;
  }

  public TestDirective assignedOn(LocalDate day) {
    this.assignedOn = day;
    return this;
  }

  public TestDirective deadline(LocalDate day) {
    this.deadline = day;
    return this;
  }

  public TestDirective content(String text) {
    this.content = text;
    return this;
  }

  public TestDirective coordinating(List<String> agencies) {
    this.coordinating = List.copyOf(agencies);
    return this;
  }

  public TestDirective source(SourceDocument document) {
    this.source = document;
    return this;
  }

  /** A voters' petition or a questioning commitment instead of a directive. */
  public TestDirective councilItem(CouncilItem item) {
    this.councilItem = item;
    return this;
  }

  public TestDirective workProgramme(boolean marked) {
    this.programme = marked;
    return this;
  }

  public TestDirective centralGovernment(boolean marked) {
    this.central = marked;
    return this;
  }

  public TestDirective escalationLevel(int level) {
    this.escalationLevel = level;
    return this;
  }

  public TestDirective processInstanceKey(long key) {
    this.processInstanceKey = key;
    return this;
  }

  public TestDirective updatedAt(OffsetDateTime at) {
    this.updatedAt = at;
    return this;
  }

  public Directive inProgress() {
    return build(Directive.Status.IN_PROGRESS, null, null);
  }

  public Directive completedOn(LocalDate day) {
    return build(Directive.Status.COMPLETED, day, null);
  }

  public Directive withdrawnOn(LocalDate day) {
    return build(Directive.Status.WITHDRAWN, null, day);
  }

  /** In the state a letter names: C completed, W withdrawn, anything else in progress. */
  public Directive inState(String state, LocalDate closedOn) {
    return switch (state) {
      case "C" -> completedOn(closedOn);
      case "W" -> withdrawnOn(closedOn);
      default -> inProgress();
    };
  }

  private Directive build(Directive.Status status, LocalDate completedOn, LocalDate withdrawnOn) {
    return new Directive(
        id,
        title,
        content,
        source,
        programme,
        central,
        agency,
        agencyName,
        coordinating,
        leader,
        leaderName,
        assignedOn,
        deadline,
        deadline,
        0,
        status,
        false,
        escalationLevel,
        List.of(),
        null,
        completedOn,
        null,
        null,
        withdrawnOn,
        null,
        processInstanceKey,
        updatedAt,
        List.of(),
        councilItem);
  }
}
