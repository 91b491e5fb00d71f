package vn.gov.ubnd.workflow.council;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What makes a tracked item a voters' petition or a questioning commitment, beside what it shares
 * with a directive (number, content, lead and coordinating agencies, deadline, follow-ups).
 *
 * @param kind petition or commitment
 * @param sessionName the Council session it belongs to ("Kỳ họp thứ 12, HĐND tỉnh khóa X")
 * @param roundTiming a petition: voters met before or after the session
 * @param voterLocality a petition: where its voters live, as the Standing Committee's list says
 * @param councilField a petition: code of the Council committee's field
 * @param councilFieldName that field's name
 * @param delegate a commitment: the delegate who asked
 * @param answeringOfficial a commitment: the official who answered and committed
 * @param answerCategory a petition: the answer's category, once the office accepted it
 * @param roadmap an answer "đang giải quyết": what will be done
 * @param roadmapDate by when; the petition is followed to it
 * @param carryOvers how many times it was carried over while still being resolved
 */
public record CouncilItem(
    CouncilItemKind kind,
    String sessionName,
    RoundTiming roundTiming,
    String voterLocality,
    String councilField,
    String councilFieldName,
    String delegate,
    String answeringOfficial,
    AnswerCategory answerCategory,
    String roadmap,
    LocalDate roadmapDate,
    int carryOvers) {

  /** As registered: not answered yet. */
  public static CouncilItem registered(
      CouncilItemKind kind,
      String sessionName,
      RoundTiming roundTiming,
      String voterLocality,
      String councilField,
      String councilFieldName,
      String delegate,
      String answeringOfficial) {
    return new CouncilItem(
        kind,
        sessionName,
        roundTiming,
        voterLocality,
        councilField,
        councilFieldName,
        delegate,
        answeringOfficial,
        null,
        null,
        null,
        0);
  }

  /** The accepted answer; a final one keeps the roadmap it may have had before. */
  public CouncilItem answered(AnswerCategory category) {
    return withAnswer(category, roadmap, roadmapDate, carryOvers);
  }

  /**
   * Accepted as still being resolved: followed to the roadmap's date. The same roadmap and date
   * recorded twice (a retried job) count once.
   */
  public CouncilItem carriedOver(String newRoadmap, LocalDate newRoadmapDate) {
    boolean again =
        answerCategory == AnswerCategory.IN_PROGRESS
            && Objects.equals(roadmap, newRoadmap)
            && Objects.equals(roadmapDate, newRoadmapDate);
    return withAnswer(
        AnswerCategory.IN_PROGRESS,
        newRoadmap,
        newRoadmapDate,
        again ? carryOvers : carryOvers + 1);
  }

  private CouncilItem withAnswer(
      AnswerCategory category, String plan, LocalDate planDate, int carried) {
    return new CouncilItem(
        kind,
        sessionName,
        roundTiming,
        voterLocality,
        councilField,
        councilFieldName,
        delegate,
        answeringOfficial,
        category,
        plan,
        planDate,
        carried);
  }
}
