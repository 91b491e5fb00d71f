package vn.gov.ubnd.workflow.portal.start;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;
import vn.gov.ubnd.workflow.camunda.TaskEngine;
import vn.gov.ubnd.workflow.portal.PortalRefusal;
import vn.gov.ubnd.workflow.portal.Viewer;
import vn.gov.ubnd.workflow.portal.forms.FormSchema;

/**
 * Starting a process from its start form: the form is the one in forms/ (the application deploys
 * the same file with the models), checked on the server, the person added as who started it.
 */
@Service
public class StartFormService {

  private final TaskEngine engine;
  private final ObjectMapper json;

  private final Clock clock;

  public StartFormService(TaskEngine engine, ObjectMapper json, Clock clock) {
    this.engine = engine;
    this.json = json;
    this.clock = clock;
  }

  /** What the person may start. */
  public List<StartableProcess> startable(Viewer viewer) {
    return Arrays.stream(StartableProcess.values())
        .filter(process -> process.allows(viewer.roles()))
        .toList();
  }

  public JsonNode form(Viewer viewer, String bpmnProcessId) {
    return json.valueToTree(parse(schema(allowed(viewer, bpmnProcessId))));
  }

  /** Starts the process; returns the new instance's key. */
  public long start(Viewer viewer, String bpmnProcessId, Map<String, Object> submitted) {
    StartableProcess process = allowed(viewer, bpmnProcessId);
    FormSchema.parse(schema(process), json).check(submitted, LocalDate.now(clock), Map.of());
    Map<String, Object> variables = new LinkedHashMap<>(submitted);
    variables.put(
        process.personVariable(),
        Map.of("username", viewer.username(), "fullName", viewer.person().fullName()));
    return engine.start(process.bpmnProcessId(), variables);
  }

  private StartableProcess allowed(Viewer viewer, String bpmnProcessId) {
    StartableProcess process =
        StartableProcess.byProcessId(bpmnProcessId)
            .orElseThrow(() -> PortalRefusal.notFound("Không có quy trình này để khởi tạo."));
    if (!process.allows(viewer.roles())) {
      throw PortalRefusal.forbidden(
          "Anh/chị không có quyền " + process.title().toLowerCase(Locale.ROOT) + ".");
    }
    return process;
  }

  /** The start forms as deployed with the models: read once each. */
  private final Map<StartableProcess, String> schemas = new ConcurrentHashMap<>();

  private String schema(StartableProcess process) {
    return schemas.computeIfAbsent(process, this::read);
  }

  private String read(StartableProcess process) {
    String resource = "forms/" + process.formId() + ".form";
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is not on the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private JsonNode parse(String schema) {
    try {
      return json.readTree(schema);
    } catch (IOException e) {
      throw new IllegalStateException("form schema is not JSON", e);
    }
  }
}
