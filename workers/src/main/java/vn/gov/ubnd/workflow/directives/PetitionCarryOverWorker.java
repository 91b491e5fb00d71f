package vn.gov.ubnd.workflow.directives;

import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.spring.client.annotation.JobWorker;
import io.camunda.zeebe.spring.client.annotation.VariablesAsType;
import org.springframework.stereotype.Component;
import vn.gov.ubnd.workflow.accounts.Person;
import vn.gov.ubnd.workflow.input.OfficeInput;

/** Carries over a petition whose answer "đang giải quyết" the office accepted. */
@Component
public class PetitionCarryOverWorker {

  private final PetitionCarryOverService carryOvers;
  private final DirectiveService directives;

  public PetitionCarryOverWorker(PetitionCarryOverService carryOvers, DirectiveService directives) {
    this.carryOvers = carryOvers;
    this.directives = directives;
  }

  /** The answer as the lead agency wrote it and the office accepted it. */
  public record RoadmapAnswer(
      String directiveId, String result, String roadmap, String roadmapDate, Person confirmedBy) {}

  /**
   * The deadline the petition is now followed to, for the ladder that starts again.
   *
   * @param carryOvers how many times it was carried over
   */
  public record CarriedOver(
      String deadline, String deadlineText, int workingDaysAllowed, int carryOvers) {}

  @JobWorker(type = "carryOverPetition")
  public CarriedOver carryOverPetition(ActivatedJob job, @VariablesAsType RoadmapAnswer in) {
    Directive carried =
        carryOvers.carryOver(
            DirectiveStep.of(job, in.directiveId(), in.confirmedBy()),
            in.result(),
            in.roadmap(),
            in.roadmapDate());
    return new CarriedOver(
        carried.deadline().toString(),
        OfficeInput.vn(carried.deadline()),
        Math.max(0, directives.workingDaysBetween(directives.today(), carried.deadline())),
        carried.councilItem().carryOvers());
  }
}
