package vn.gov.ubnd.workflow.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import vn.gov.ubnd.workflow.WorkflowApplication;

/** A wrong address or a missing credential stops the start with one message saying what to fix. */
@ExtendWith(OutputCaptureExtension.class)
class StartupFailureTest {

  /** Every setting a start needs besides the profile, so that each test lacks only its own. */
  private static final List<String> COMPLETE =
      List.of(
          "ubnd.documents.folder=target",
          "ubnd.imports.folder=target",
          "ubnd.security.issuer-uri=http://127.0.0.1:1/realms/test",
          "ubnd.tasklist.url=http://127.0.0.1:1",
          "ubnd.data.samples-allowed=true");

  private static Throwable start(String... properties) {
    return startWithout("", properties);
  }

  /** As start, without the complete setting of that property. */
  private static Throwable startWithout(String omitted, String... properties) {
    return startWith(
        Stream.concat(
                COMPLETE.stream().filter(p -> omitted.isEmpty() || !p.startsWith(omitted + "=")),
                Arrays.stream(properties))
            .toArray(String[]::new));
  }

  private static Throwable startWith(String... properties) {
    String[] args = new String[properties.length + 2];
    args[0] = "--server.port=0";
    args[1] = "--ubnd.camunda.connect-timeout=3s";
    for (int i = 0; i < properties.length; i++) {
      args[i + 2] = "--" + properties[i];
    }
    return catchThrowable(
        () -> new SpringApplicationBuilder(WorkflowApplication.class).run(args).close());
  }

  @Test
  void anUnreachableGatewayIsOneClearError(CapturedOutput output) {
    Throwable failure =
        start(
            "spring.profiles.active=local",
            // 8.6 asks the gRPC gateway, 8.8 the REST API: neither answers.
            "ZEEBE_GRPC_ADDRESS=http://127.0.0.1:9",
            "ZEEBE_REST_ADDRESS=http://127.0.0.1:9");
    assertThat(failure).hasStackTraceContaining("CamundaConnectionException");
    assertThat(output.getOut() + output.getErr())
        .contains("APPLICATION FAILED TO START")
        .contains("The Camunda gateway at http://127.0.0.1:9 did not answer within 3 s")
        .contains("deploy/local/stack status");
  }

  @Test
  void outsideTheLocalStackTheSampleProvinceIsRefused(CapturedOutput output) {
    Throwable failure = startWithout("ubnd.data.samples-allowed", "spring.profiles.active=oauth");
    assertThat(failure).hasStackTraceContaining("SampleDataRefusedException");
    assertThat(output.getOut() + output.getErr())
        .contains("APPLICATION FAILED TO START")
        .contains(
            "The province data files catalog.yaml, report-templates.yaml, document-kinds.yaml,"
                + " calendar/declared-days.yaml are not all in the data folder")
        .contains("name it in UBND_DATA_FOLDER");
  }

  @Test
  void aMissingTasklistAddressIsNamed(CapturedOutput output) {
    Throwable failure = startWithout("ubnd.tasklist.url", "spring.profiles.active=oauth");
    assertThat(failure).isNotNull();
    assertThat(output.getOut() + output.getErr())
        .contains("APPLICATION FAILED TO START")
        .contains("Property: ubnd.tasklist.url");
  }

  @Test
  void missingOAuthCredentialsAreNamed(CapturedOutput output) {
    Throwable failure = start("spring.profiles.active=oauth");
    assertThat(failure).isNotNull();
    assertThat(output.getOut() + output.getErr())
        .contains("APPLICATION FAILED TO START")
        .contains(
            "needs credentials that are not set: CAMUNDA_CLIENT_ID, CAMUNDA_CLIENT_SECRET, CAMUNDA_OAUTH_URL");
  }

  @Test
  void missingSaasClusterIsNamed(CapturedOutput output) {
    Throwable failure = start("spring.profiles.active=saas");
    assertThat(failure).isNotNull();
    assertThat(output.getOut() + output.getErr())
        .contains("CAMUNDA_CLUSTER_ID")
        .contains("CAMUNDA_CLIENT_SECRET");
  }

  @Test
  void noProfileIsRefusedInsteadOfRunningAsTheLocalStack(CapturedOutput output) {
    Throwable failure = start();
    assertThat(failure).isNotNull();
    assertThat(output.getOut() + output.getErr())
        .contains("APPLICATION FAILED TO START")
        .contains("No deployment profile is active")
        .contains("--spring.profiles.active=local");
  }

  @Test
  void aMissingDocumentsFolderIsNamedInsteadOfUsingTheTemporaryFolder(CapturedOutput output) {
    Throwable failure =
        startWith(
            "spring.profiles.active=local",
            "ubnd.camunda.check-on-start=false",
            "ubnd.imports.folder=target",
            "ubnd.documents.folder=target/no-such-folder");
    assertThat(failure).isNotNull();
    assertThat(output.getOut() + output.getErr())
        .contains("APPLICATION FAILED TO START")
        .contains("ubnd.documents.folder (UBND_DOCUMENTS_FOLDER) names")
        .contains("no-such-folder, which does not exist.")
        .contains("not /tmp");
  }

  @Test
  void anUnsetImportsFolderIsNamed(CapturedOutput output) {
    Throwable failure =
        startWith(
            "spring.profiles.active=local",
            "ubnd.camunda.check-on-start=false",
            "ubnd.documents.folder=target");
    assertThat(failure).isNotNull();
    assertThat(output.getOut() + output.getErr())
        .contains("ubnd.imports.folder (UBND_IMPORTS_FOLDER) is not set");
  }
}
