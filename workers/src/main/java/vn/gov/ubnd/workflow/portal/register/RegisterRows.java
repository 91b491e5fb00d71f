package vn.gov.ubnd.workflow.portal.register;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.gov.ubnd.workflow.calendar.WorkingDayCalendar;
import vn.gov.ubnd.workflow.directives.Directive;
import vn.gov.ubnd.workflow.directives.RegisterState;
import vn.gov.ubnd.workflow.directives.SourceDocument;
import vn.gov.ubnd.workflow.input.OfficeInput;
import vn.gov.ubnd.workflow.portal.dashboard.DashboardScope;

/** A directive as one line of the register, for a person of this scope. */
@Component
class RegisterRows {

  private final WorkingDayCalendar calendar;

  RegisterRows(WorkingDayCalendar calendar) {
    this.calendar = calendar;
  }

  RegisterRow row(Directive d, LocalDate asOf, DashboardScope scope) {
    RegisterState state = RegisterState.of(d, asOf);
    return new RegisterRow(
        d.directiveId(),
        d.title(),
        source(d.sourceDocument()),
        d.leadAgencyName(),
        scope.leadAgency() == null ? null : role(d, scope),
        d.leaderName(),
        iso(d.assignedOn()),
        iso(d.deadline()),
        state.name(),
        state.label(),
        state == RegisterState.OVERDUE ? calendar.workingDaysBetween(d.deadline(), asOf) : null,
        d.extensionCount(),
        d.escalationLevel());
  }

  /** The agency's part in the directive: "Chủ trì", "Phối hợp", or null for none. */
  static String role(Directive d, DashboardScope scope) {
    if (scope.leadAgency() == null) {
      return null;
    }
    if (scope.leadAgency().equals(d.leadAgency())) {
      return "Chủ trì";
    }
    return d.coordinatingAgencies().contains(scope.leadAgency()) ? "Phối hợp" : null;
  }

  static String source(SourceDocument s) {
    if (s == null || s.number() == null || s.number().isBlank()) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    parts.add("Số " + s.number());
    if (s.date() != null) {
      parts.add("ngày " + OfficeInput.vn(s.date()));
    }
    if (s.issuer() != null && !s.issuer().isBlank()) {
      parts.add("của " + s.issuer());
    }
    return String.join(" ", parts);
  }

  static String iso(LocalDate date) {
    return date == null ? null : date.toString();
  }
}
