package vn.gov.ubnd.workflow.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.gov.ubnd.workflow.testing.CouncilAnswerReportModel;
import vn.gov.ubnd.workflow.testing.DirectiveTrackingModel;
import vn.gov.ubnd.workflow.testing.MonthlyReportModel;
import vn.gov.ubnd.workflow.testing.ReportCycleModel;

/** Every element id the tests name is an element of its model. */
class ModelElementsTest {

  @ParameterizedTest
  @ValueSource(
      classes = {
        DirectiveTrackingModel.class,
        ReportCycleModel.class,
        MonthlyReportModel.class,
        CouncilAnswerReportModel.class
      })
  void theTestsNameOnlyElementsTheModelHas(Class<?> ids) throws Exception {
    String process = (String) ids.getField("PROCESS").get(null);
    String model = Files.readString(Path.of("../processes", process + ".bpmn"));
    assertThat(model).contains("<bpmn:process id=\"" + process + "\"");
    for (Field field : ids.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && !field.getName().equals("PROCESS")) {
        assertThat(model).as(field.getName()).contains(" id=\"" + field.get(null) + "\"");
      }
    }
  }
}
