package vn.gov.ubnd.workflow.directives;

import io.camunda.zeebe.client.ZeebeClient;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import vn.gov.ubnd.workflow.calendar.WorkingDayCalendar;
import vn.gov.ubnd.workflow.catalog.Catalog;

/**
 * Starts one directive-tracking instance per valid row of an imported list, and says row by row
 * what was started and what was rejected and why. Nothing is started for a rejected row.
 */
@Service
public class DirectiveImportService {

  static final String PROCESS_ID = "directive-tracking";

  private final ZeebeClient zeebe;
  private final DirectiveStore store;
  private final DirectiveFileReader reader;
  private final DirectiveValidator validator;
  private final DirectiveService directives;

  public DirectiveImportService(
      ZeebeClient zeebe,
      DirectiveStore store,
      Catalog catalog,
      WorkingDayCalendar calendar,
      DirectiveService directives) {
    this.zeebe = zeebe;
    this.store = store;
    this.reader = new DirectiveFileReader(catalog);
    this.validator = new DirectiveValidator(catalog, calendar);
    this.directives = directives;
  }

  /**
   * What happened to one row.
   *
   * @param row row number in the file (the heading is row 1)
   * @param directiveId the directive's id as given
   * @param status STARTED or REJECTED
   * @param processInstanceKey the started instance, for Operate
   * @param problems why it was rejected
   */
  public record RowResult(
      int row, String directiveId, String status, Long processInstanceKey, List<String> problems) {}

  /**
   * The whole answer.
   *
   * @param started rows started
   * @param rejected rows rejected
   * @param rows every row, in file order
   */
  public record ImportResult(int started, int rejected, List<RowResult> rows) {}

  public ImportResult importFile(String fileName, InputStream in) throws IOException {
    List<DirectiveFileReader.FileRow> rows = reader.read(fileName, in);
    List<RowResult> results = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (DirectiveFileReader.FileRow row : rows) {
      List<String> problems = new ArrayList<>(row.problems());
      String id = row.input().directiveId() == null ? "" : row.input().directiveId().trim();
      try {
        validator.validate(row.input(), directives.today());
      } catch (DirectiveValidationException e) {
        problems.addAll(e.problems());
      }
      if (!id.isEmpty() && !seen.add(id)) {
        problems.add("Số hiệu " + id + " lặp lại trong tệp.");
      } else if (!id.isEmpty() && store.find(id).isPresent()) {
        problems.add("Nhiệm vụ " + id + " đã được đăng ký trước đó.");
      }
      if (!problems.isEmpty()) {
        results.add(new RowResult(row.rowNumber(), id, "REJECTED", null, problems));
        continue;
      }
      long key =
          zeebe
              .newCreateInstanceCommand()
              .bpmnProcessId(PROCESS_ID)
              .latestVersion()
              .variables(variables(row.input()))
              .send()
              .join()
              .getProcessInstanceKey();
      results.add(new RowResult(row.rowNumber(), id, "STARTED", key, List.of()));
    }
    int started = (int) results.stream().filter(r -> r.status().equals("STARTED")).count();
    return new ImportResult(started, results.size() - started, results);
  }

  /** The start variables of the directive-tracking contract. */
  static Map<String, Object> variables(DirectiveInput in) {
    Map<String, Object> vars = new HashMap<>();
    vars.put("directiveId", in.directiveId().trim());
    vars.put("title", in.title());
    vars.put("content", in.content());
    Map<String, Object> source = new HashMap<>();
    if (in.sourceDocument() != null) {
      source.put("number", in.sourceDocument().number());
      source.put("date", in.sourceDocument().date());
      source.put("issuer", in.sourceDocument().issuer());
    }
    vars.put("sourceDocument", source);
    vars.put("leadAgency", in.leadAgency());
    vars.put("coordinatingAgencies", in.coordinatingAgencies());
    vars.put("leaderInCharge", in.leaderInCharge());
    vars.put("assignedOn", in.assignedOn());
    vars.put("deadline", in.deadline());
    vars.put("deadlineWorkingDays", in.deadlineWorkingDays());
    return vars;
  }
}
