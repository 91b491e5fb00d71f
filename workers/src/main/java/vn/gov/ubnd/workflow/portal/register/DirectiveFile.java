package vn.gov.ubnd.workflow.portal.register;

import java.util.List;
import vn.gov.ubnd.workflow.attachments.FileLink;

/**
 * A directive's page: what was asked, of whom, by when, where it stands, and everything that
 * happened to it with the person and the time.
 *
 * @param row the register's line of it
 * @param content what is asked
 * @param sourceDocument number, date and issuer of the document that gave it, or null
 * @param coordinatingAgencies names of the coordinating agencies
 * @param originalDeadline the deadline first given (ISO)
 * @param lastProgress the latest progress report
 * @param completion completion date, result and evidence, once completed
 * @param withdrawal withdrawal date and reason, once withdrawn
 * @param extensions the deadlines given after the first, oldest first
 * @param followUps reminders, overdue notices and escalations sent, oldest first
 * @param history every event, oldest first
 * @param operateUrl the instance in Operate, for managers only
 * @param councilItem a voters' petition's or a questioning commitment's own fields, or null
 * @param contributions what the coordinating agencies sent, oldest first, with their files
 */
record DirectiveFile(
    RegisterRow row,
    String content,
    Source sourceDocument,
    List<String> coordinatingAgencies,
    String originalDeadline,
    String lastProgress,
    Completion completion,
    Withdrawal withdrawal,
    List<Entry> extensions,
    List<FollowUpSent> followUps,
    List<Entry> history,
    String operateUrl,
    Council councilItem,
    List<ContributionLine> contributions) {

  /** A coordinating agency's contribution; {@code at} ISO. */
  record ContributionLine(
      String agencyName, String byName, String at, String text, FileLink file) {}

  /**
   * What the Council asked, in words.
   *
   * @param kind «Kiến nghị cử tri» or «Cam kết trả lời chất vấn»
   * @param roundTiming «Trước kỳ họp» or «Sau kỳ họp», for a petition
   * @param answerCategory the accepted answer's category in words, once answered
   * @param roadmapDate ISO date the petition is followed to, while being resolved
   * @param carryOvers times it was carried over
   */
  record Council(
      String kind,
      String sessionName,
      String roundTiming,
      String voterLocality,
      String councilField,
      String delegate,
      String answeringOfficial,
      String answerCategory,
      String roadmap,
      String roadmapDate,
      int carryOvers) {}

  /** The source document; its file, when the office attached one to the register. */
  record Source(
      String number, String date, String issuer, String kind, String title, FileLink file) {}

  record Completion(String completedOn, boolean onTime, String result, String evidence) {}

  record Withdrawal(String withdrawnOn, String reason) {}

  /**
   * One event.
   *
   * @param at ISO date-time
   * @param what its kind in words
   * @param by the person, or the body the system acted for
   * @param description what happened, as the workers wrote it
   * @param deadline the deadline in force afterwards (ISO)
   */
  record Entry(String at, String what, String by, String description, String deadline) {}

  /**
   * One rung of the ladder that was sent.
   *
   * @param step its name in words
   * @param sentAt ISO date-time
   * @param deadline the deadline it was about (ISO)
   * @param recipients who received it (names)
   */
  record FollowUpSent(String step, String sentAt, String deadline, List<String> recipients) {}
}
