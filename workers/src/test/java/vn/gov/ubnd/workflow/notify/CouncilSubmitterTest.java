package vn.gov.ubnd.workflow.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import vn.gov.ubnd.workflow.testing.InMemoryDeliveryRecords;

/** The submission channels against a real SMTP server and a real HTTP server on loopback. */
class CouncilSubmitterTest {

  @RegisterExtension static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

  private static final byte[] DOCX = "PK-docx-content".getBytes(StandardCharsets.UTF_8);

  private static Submission submission() {
    return new Submission(
        "report-cycle-42",
        "Báo cáo số 05/BC-UBND: Tình hình công tác năm 2025",
        "Ủy ban nhân dân tỉnh gửi Thường trực HĐND tỉnh Báo cáo số 05/BC-UBND.",
        "bao-cao-2026-05-BC-UBND.docx",
        DOCX,
        Map.of("documentNumber", "05/BC-UBND", "session", "Kỳ họp thứ mười tám"));
  }

  private static CouncilSubmitter submitter() {
    return submitter(new InMemoryDeliveryRecords());
  }

  private static CouncilSubmitter submitter(DeliveryRecords deliveries) {
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost("127.0.0.1");
    sender.setPort(ServerSetupTest.SMTP.getPort());
    StaticListableBeanFactory beans = new StaticListableBeanFactory();
    beans.addBean("mail", sender);
    return new CouncilSubmitter(
        beans.getBeanProvider(JavaMailSender.class),
        new ObjectMapper(),
        deliveries,
        Clock.systemUTC());
  }

  @Test
  void emailWithTheReportAttached() throws Exception {
    var used =
        submitter()
            .submit(
                submission(),
                new CouncilSubmitter.Channels(
                    "vanphong@ubnd.example", "thuongtruc.hdnd@hdnd.example", null, null));
    assertThat(used).containsExactly("EMAIL");
    MimeMessage[] received = smtp.getReceivedMessages();
    assertThat(received).hasSize(1);
    assertThat(received[0].getSubject())
        .isEqualTo("Báo cáo số 05/BC-UBND: Tình hình công tác năm 2025");
    assertThat(received[0].getAllRecipients()[0].toString())
        .isEqualTo("thuongtruc.hdnd@hdnd.example");
    Multipart parts = (Multipart) received[0].getContent();
    boolean attached = false;
    for (int i = 0; i < parts.getCount(); i++) {
      Part part = parts.getBodyPart(i);
      if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
        assertThat(part.getFileName()).isEqualTo("bao-cao-2026-05-BC-UBND.docx");
        assertThat(part.getInputStream().readAllBytes()).isEqualTo(DOCX);
        attached = true;
      }
    }
    assertThat(attached).isTrue();
  }

  @Test
  void httpPostOfTheDocumentAndItsMetadata() throws Exception {
    AtomicReference<String> body = new AtomicReference<>();
    AtomicReference<String> auth = new AtomicReference<>();
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/submissions",
        exchange -> {
          body.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
          auth.set(exchange.getRequestHeaders().getFirst("Authorization"));
          exchange.sendResponseHeaders(201, -1);
          exchange.close();
        });
    server.start();
    try {
      URI endpoint =
          URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/submissions");
      assertThat(
              submitter()
                  .submit(
                      submission(),
                      new CouncilSubmitter.Channels("x@ubnd.example", null, endpoint, "secret")))
          .containsExactly("HTTP");
      assertThat(auth.get()).isEqualTo("Bearer secret");
      assertThat(body.get())
          .contains("name=\"metadata\"")
          .contains("\"documentNumber\":\"05/BC-UBND\"")
          .contains("filename=\"bao-cao-2026-05-BC-UBND.docx\"")
          .contains("PK-docx-content");
    } finally {
      server.stop(0);
    }
  }

  @Test
  void anEndpointThatRefusesFailsTheStepWithItsAnswer() throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        exchange -> {
          byte[] answer = "hồ sơ thiếu chữ ký số".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(422, answer.length);
          exchange.getResponseBody().write(answer);
          exchange.close();
        });
    server.start();
    try {
      URI endpoint = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
      assertThatThrownBy(
              () ->
                  submitter()
                      .submit(
                          submission(), new CouncilSubmitter.Channels("x", null, endpoint, null)))
          .hasMessageContaining("HTTP 422")
          .hasMessageContaining("hồ sơ thiếu chữ ký số");
    } finally {
      server.stop(0);
    }
  }

  @Test
  void noChannelConfiguredSaysWhatToSet() {
    assertThatThrownBy(
            () ->
                submitter()
                    .submit(submission(), new CouncilSubmitter.Channels("x", "", null, null)))
        .hasMessageContaining("COUNCIL_MAIL_TO")
        .hasMessageContaining("COUNCIL_HTTP_ENDPOINT");
  }

  @Test
  void aRetryAfterTheHttpChannelFailedDoesNotMailTheReportAgain() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/submissions",
        exchange -> {
          exchange.getRequestBody().readAllBytes();
          // The council's system is down the first time, up the second.
          exchange.sendResponseHeaders(calls.incrementAndGet() == 1 ? 503 : 201, -1);
          exchange.close();
        });
    server.start();
    try {
      CouncilSubmitter submitter = submitter(new InMemoryDeliveryRecords());
      CouncilSubmitter.Channels both =
          new CouncilSubmitter.Channels(
              "vanphong@ubnd.example",
              "thuongtruc.hdnd@hdnd.example",
              URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/submissions"),
              null);
      assertThatThrownBy(() -> submitter.submit(submission(), both)).hasMessageContaining("503");
      assertThat(smtp.getReceivedMessages()).hasSize(1);
      assertThat(submitter.submit(submission(), both)).containsExactly("EMAIL", "HTTP");
      assertThat(smtp.getReceivedMessages()).hasSize(1); // the e-mail went once
      assertThat(calls.get()).isEqualTo(2);
      // A third attempt (the job completed but its answer was lost) sends nothing at all.
      assertThat(submitter.submit(submission(), both)).containsExactly("EMAIL", "HTTP");
      assertThat(smtp.getReceivedMessages()).hasSize(1);
      assertThat(calls.get()).isEqualTo(2);
    } finally {
      server.stop(0);
    }
  }
}
