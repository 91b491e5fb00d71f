package vn.gov.ubnd.workflow.portal.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.gov.ubnd.workflow.calendar.WorkingDayCalendar;
import vn.gov.ubnd.workflow.camunda.EngineTask;
import vn.gov.ubnd.workflow.input.OfficeInput;
import vn.gov.ubnd.workflow.portal.Viewer;

/** A task's line as the portal shows it: deadline in the office's words, urgency, who holds it. */
@Component
class TaskLines {

  private final WorkingDayCalendar calendar;
  private final Clock clock;

  TaskLines(WorkingDayCalendar calendar, Clock clock) {
    this.calendar = calendar;
    this.clock = clock;
  }

  /** The moment a list is drawn: one "now" and one due-soon day for all its lines. */
  Moment now() {
    OffsetDateTime now = OffsetDateTime.now(clock);
    return new Moment(now, Urgency.lastDaySoon(now, clock.getZone(), calendar));
  }

  Urgency urgency(EngineTask task, Moment moment) {
    return Urgency.of(task.due(), moment.now(), clock.getZone(), moment.lastDaySoon());
  }

  PortalTask line(
      EngineTask task, Map<String, JsonNode> variables, TaskClaim claim, Viewer viewer) {
    return line(task, variables, claim, viewer, now());
  }

  PortalTask line(
      EngineTask task,
      Map<String, JsonNode> variables,
      TaskClaim claim,
      Viewer viewer,
      Moment moment) {
    Urgency urgency = urgency(task, moment);
    return new PortalTask(
        task.id(),
        task.name(),
        TaskContext.of(variables),
        task.processName(),
        task.elementId(),
        task.candidateGroups(),
        task.due() == null ? null : task.due().toString(),
        task.due() == null
            ? null
            : OfficeInput.vn(task.due().atZoneSameInstant(clock.getZone()).toLocalDate()),
        urgency,
        urgency.label(),
        task.created() == null
            ? null
            : OfficeInput.vn(task.created().atZoneSameInstant(clock.getZone())),
        claim == null,
        claim == null ? null : claim.fullName(),
        claim != null && claim.username().equals(viewer.username()),
        Long.toString(task.processInstanceKey()));
  }

  static String dayTime(OffsetDateTime moment, Clock clock) {
    return OfficeInput.vn(moment.atZoneSameInstant(clock.getZone()));
  }

  record Moment(OffsetDateTime now, LocalDate lastDaySoon) {}
}
