package vn.gov.ubnd.workflow.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import vn.gov.ubnd.workflow.failures.DependencyUnavailableException;
import vn.gov.ubnd.workflow.it.support.LocalStack;
import vn.gov.ubnd.workflow.notify.Notice;
import vn.gov.ubnd.workflow.notify.NotifyProperties;
import vn.gov.ubnd.workflow.notify.OutboxNotifier;
import vn.gov.ubnd.workflow.notify.Recipient;
import vn.gov.ubnd.workflow.search.SearchClient;

/**
 * The outbox with mail on: the real index of the local stack and a real SMTP server on loopback. A
 * report goes out with its file attached, once however often its step runs, and a mail server that
 * is down costs a retry, not the notice.
 */
@ExtendWith(LocalStack.class)
class OutboxMailIT {

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
  private static final String PREFIX = "it" + Long.toString(System.nanoTime(), 36);
  private static final byte[] DOCX = "PK-bao-cao-thang".getBytes(StandardCharsets.UTF_8);
  private static SearchClient search;
  private static GreenMail smtp;
  private static int port;

  @BeforeAll
  static void connect() throws Exception {
    search = LocalStack.search(PREFIX, Duration.ofSeconds(10), JSON);
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
  }

  @AfterAll
  static void close() throws Exception {
    smtp.stop();
    search.deleteIndex("notices");
    search.close();
  }

  private static OutboxNotifier outbox() {
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost("127.0.0.1");
    sender.setPort(port);
    StaticListableBeanFactory beans = new StaticListableBeanFactory();
    beans.addBean("mail", sender);
    return new OutboxNotifier(
        search,
        beans.getBeanProvider(JavaMailSender.class),
        new NotifyProperties(true, "vanphong@ubnd.example"),
        Clock.systemUTC());
  }

  private static Notice report(String id) {
    return new Notice(
        id,
        "MONTHLY_REPORT",
        "Báo cáo số 01/BC-VP: công tác chỉ đạo điều hành tháng 11 năm 2026",
        "Văn phòng UBND tỉnh gửi các đồng chí Lãnh đạo UBND tỉnh Báo cáo số 01/BC-VP.",
        List.of(new Recipient("Chủ tịch UBND tỉnh Nguyễn Văn Minh", "chutich@ubnd.example")),
        List.of(new Recipient("Văn phòng UBND tỉnh", "vanphong@ubnd.example")),
        "monthly-report",
        List.of(
            new Notice.Attachment(
                "bao-cao-thang-2026-01-BC-VP.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                DOCX)));
  }

  @Test
  void theReportIsMailedOnceWithItsFileAndADownServerCostsOnlyARetry() throws Exception {
    OutboxNotifier outbox = outbox();

    // Mail server down: the step fails to be retried, the notice stays in the outbox unmailed.
    assertThatThrownBy(() -> outbox.send(report("monthly-report:1")))
        .isInstanceOf(DependencyUnavailableException.class)
        .hasMessageStartingWith("máy chủ thư không nhận thư \"Báo cáo số 01/BC-VP");
    assertThat(
            search
                .get("notices", "monthly-report:1")
                .orElseThrow()
                .source()
                .path("mailed")
                .asBoolean())
        .isFalse();

    smtp.start();
    outbox.send(report("monthly-report:1"));
    outbox.send(report("monthly-report:1")); // the step again: nothing more goes out
    assertThat(smtp.waitForIncomingEmail(5_000, 2)).isTrue();
    var received = smtp.getReceivedMessages();
    assertThat(received).hasSize(2); // one message, to the chair and in copy to the office
    assertThat(received[0].getSubject()).startsWith("Báo cáo số 01/BC-VP");
    Multipart parts = (Multipart) received[0].getContent();
    boolean attached = false;
    for (int i = 0; i < parts.getCount(); i++) {
      Part part = parts.getBodyPart(i);
      if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
        assertThat(part.getFileName()).isEqualTo("bao-cao-thang-2026-01-BC-VP.docx");
        assertThat(part.getInputStream().readAllBytes()).isEqualTo(DOCX);
        attached = true;
      }
    }
    assertThat(attached).isTrue();
    var kept = search.get("notices", "monthly-report:1").orElseThrow().source();
    assertThat(kept.path("mailed").asBoolean()).isTrue();
    assertThat(kept.path("attachments").toString()).contains("bao-cao-thang-2026-01-BC-VP.docx");
  }
}
