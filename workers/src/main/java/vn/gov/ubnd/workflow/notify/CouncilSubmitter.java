package vn.gov.ubnd.workflow.notify;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import vn.gov.ubnd.workflow.failures.DependencyUnavailableException;

/**
 * Delivers a final report to the council's standing board through the configured channels: e-mail
 * over SMTP with the file attached, and/or an HTTP POST (multipart: the file and a JSON part with
 * its metadata) to an endpoint of the council's document system.
 */
@Component
public class CouncilSubmitter {

  private final ObjectProvider<JavaMailSender> mail;
  private final ObjectMapper json;
  private final DeliveryRecords deliveries;
  private final Clock clock;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  public CouncilSubmitter(
      ObjectProvider<JavaMailSender> mail,
      ObjectMapper json,
      DeliveryRecords deliveries,
      Clock clock) {
    this.mail = mail;
    this.json = json;
    this.deliveries = deliveries;
    this.clock = clock;
  }

  /**
   * Where the submission is to go.
   *
   * @param from sender address for e-mail
   * @param mailTo recipient address, or null
   * @param httpEndpoint endpoint, or null
   * @param httpToken bearer token for the endpoint, or null
   */
  public record Channels(String from, String mailTo, URI httpEndpoint, String httpToken) {}

  /**
   * Sends through every configured channel that has not delivered this submission yet, recording
   * each delivery before the next channel is tried; returns the channels' names ("EMAIL", "HTTP").
   * The e-mail carries the submission id (X-Submission-Id), and the HTTP request as its
   * Idempotency-Key, so a crash between a delivery and its record leaves the receiver able to
   * recognise the second copy.
   */
  public List<String> submit(Submission submission, Channels channels) {
    List<String> used = new ArrayList<>();
    if (channels.mailTo() != null && !channels.mailTo().isBlank()) {
      once(submission, "EMAIL", () -> mail(submission, channels));
      used.add("EMAIL");
    }
    if (channels.httpEndpoint() != null && !channels.httpEndpoint().toString().isBlank()) {
      once(submission, "HTTP", () -> post(submission, channels));
      used.add("HTTP");
    }
    if (used.isEmpty()) {
      throw new DependencyUnavailableException(
          "không có kênh gửi báo cáo đến Thường trực HĐND: cấu hình ubnd.report-cycle.council.mail-to"
              + " (COUNCIL_MAIL_TO) và/hoặc ubnd.report-cycle.council.http-endpoint (COUNCIL_HTTP_ENDPOINT),"
              + " rồi thử lại bước này",
          null);
    }
    return used;
  }

  private void once(Submission submission, String channel, Runnable delivery) {
    if (deliveries.deliveredAt(submission.submissionId(), channel).isPresent()) {
      return; // delivered by an earlier attempt of this step
    }
    delivery.run();
    deliveries.recordDelivery(
        submission.submissionId(), channel, OffsetDateTime.now(clock).toString());
  }

  private void mail(Submission submission, Channels channels) {
    JavaMailSender sender = mail.getIfAvailable();
    if (sender == null) {
      throw new DependencyUnavailableException(
          "gửi e-mail đến "
              + channels.mailTo()
              + " nhưng chưa cấu hình máy chủ thư (spring.mail.host)",
          null);
    }
    try {
      MimeMessage message = sender.createMimeMessage();
      MimeMessageHelper helper =
          new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
      helper.setFrom(channels.from());
      helper.setTo(channels.mailTo());
      helper.setSubject(submission.subject());
      helper.setText(submission.body());
      helper.addAttachment(submission.fileName(), new ByteArrayResource(submission.content()));
      message.setHeader("X-Submission-Id", submission.submissionId());
      sender.send(message);
    } catch (MessagingException | MailException e) {
      throw new DependencyUnavailableException(
          "máy chủ thư không gửi được e-mail đến "
              + channels.mailTo()
              + " (kiểm tra spring.mail.host và hộp thư nhận): "
              + e.getMessage(),
          e);
    }
  }

  private void post(Submission submission, Channels channels) {
    String boundary = "ubnd-" + Long.toHexString(System.nanoTime());
    try {
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      part(
          body,
          boundary,
          "metadata",
          null,
          "application/json",
          json.writeValueAsBytes(
              Map.of(
                  "submissionId",
                  submission.submissionId(),
                  "subject",
                  submission.subject(),
                  "metadata",
                  submission.metadata())));
      part(
          body,
          boundary,
          "file",
          submission.fileName(),
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          submission.content());
      body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
      HttpRequest.Builder request =
          HttpRequest.newBuilder(channels.httpEndpoint())
              .timeout(Duration.ofSeconds(60))
              .header("Content-Type", "multipart/form-data; boundary=" + boundary)
              .header("Idempotency-Key", submission.submissionId())
              .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
      if (channels.httpToken() != null && !channels.httpToken().isBlank()) {
        request.header("Authorization", "Bearer " + channels.httpToken());
      }
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() >= 300) {
        throw new DependencyUnavailableException(
            "hệ thống nhận văn bản của HĐND ("
                + channels.httpEndpoint()
                + ") trả lời HTTP "
                + response.statusCode()
                + ": "
                + abbreviate(response.body()),
            null);
      }
    } catch (IOException e) {
      throw new DependencyUnavailableException(
          "không kết nối được hệ thống nhận văn bản của HĐND ("
              + channels.httpEndpoint()
              + "): "
              + e.getMessage(),
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DependencyUnavailableException(
          "việc gửi đến hệ thống nhận văn bản của HĐND bị ngắt khi ứng dụng dừng", e);
    }
  }

  private static String abbreviate(String text) {
    return text == null || text.length() <= 300 ? text : text.substring(0, 300) + "…";
  }

  private static void part(
      ByteArrayOutputStream out,
      String boundary,
      String name,
      String fileName,
      String type,
      byte[] content)
      throws IOException {
    String header =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\""
            + name
            + "\""
            + (fileName == null ? "" : "; filename=\"" + fileName + "\"")
            + "\r\nContent-Type: "
            + type
            + "\r\n\r\n";
    out.write(header.getBytes(StandardCharsets.UTF_8));
    out.write(content);
    out.write("\r\n".getBytes(StandardCharsets.UTF_8));
  }
}
