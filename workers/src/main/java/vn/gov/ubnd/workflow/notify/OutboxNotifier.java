package vn.gov.ubnd.workflow.notify;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import vn.gov.ubnd.workflow.failures.DependencyUnavailableException;
import vn.gov.ubnd.workflow.search.SearchClient;
import vn.gov.ubnd.workflow.search.StoredDocument;

/**
 * Keeps every notice in the notices index (the office's outbox, searchable) and, when mail is
 * enabled, e-mails it. A notice already mailed is not mailed again when its step is retried; a
 * crash between the mail and its mark can still send it twice (no mail server takes part in a
 * transaction), never zero times.
 */
@Component
public class OutboxNotifier implements Notifier {

  private static final Logger LOG = LoggerFactory.getLogger(OutboxNotifier.class);
  private static final String NOTICES = "notices";

  private final SearchClient search;
  private final ObjectProvider<JavaMailSender> mail;
  private final NotifyProperties properties;
  private final Clock clock;

  public OutboxNotifier(
      SearchClient search,
      ObjectProvider<JavaMailSender> mail,
      NotifyProperties properties,
      Clock clock) {
    this.search = search;
    this.mail = mail;
    this.properties = properties;
    this.clock = clock;
  }

  /**
   * Records the notice in the outbox first, then mails it and marks it mailed: a notice is never
   * mailed without being in the outbox, and a retried step does not mail a notice marked mailed.
   */
  @Override
  public void send(Notice notice) {
    search.ensureIndexFromResource(NOTICES, "search/notices.json");
    Optional<StoredDocument> recorded = search.get(NOTICES, notice.noticeId());
    if (recorded.map(doc -> doc.source().path("mailed").asBoolean(false)).orElse(false)) {
      return; // sent by an earlier attempt of this step
    }
    Map<String, Object> record =
        recorded
            .map(doc -> search.<Map<String, Object>>read(doc.source(), mapType()))
            .orElseGet(() -> record(notice, OffsetDateTime.now(clock).toString()));
    if (recorded.isEmpty()) {
      search.put(NOTICES, notice.noticeId(), record);
    }
    if (properties.mailEnabled()) {
      JavaMailSender sender = mail.getIfAvailable();
      if (sender == null) {
        throw new DependencyUnavailableException(
            "đã bật gửi thư (ubnd.notify.mail-enabled) nhưng chưa cấu hình máy chủ thư"
                + " (spring.mail.host)",
            null);
      }
      try {
        mail(sender, notice);
      } catch (MailException e) {
        throw new DependencyUnavailableException(
            "máy chủ thư không nhận thư \""
                + notice.subject()
                + "\" (kiểm tra spring.mail.host); thư sẽ được gửi khi thử lại: "
                + e.getMessage(),
            e);
      }
      record.put("mailed", true);
      search.put(NOTICES, notice.noticeId(), record);
    }
    LOG.info(
        "Notice {} ({}) to {}: {}",
        notice.noticeId(),
        notice.kind(),
        notice.to(),
        notice.subject());
  }

  private void mail(JavaMailSender sender, Notice notice) {
    if (notice.attachments().isEmpty()) {
      SimpleMailMessage message = new SimpleMailMessage();
      message.setFrom(properties.from());
      message.setTo(addresses(notice.to()));
      message.setCc(addresses(notice.cc()));
      message.setSubject(notice.subject());
      message.setText(notice.body());
      sender.send(message);
    } else {
      sender.send(withAttachments(sender, notice));
    }
  }

  private MimeMessage withAttachments(JavaMailSender sender, Notice notice) {
    MimeMessage message = sender.createMimeMessage();
    try {
      var helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
      helper.setFrom(properties.from());
      helper.setTo(addresses(notice.to()));
      helper.setCc(addresses(notice.cc()));
      helper.setSubject(notice.subject());
      helper.setText(notice.body());
      for (Notice.Attachment a : notice.attachments()) {
        helper.addAttachment(a.fileName(), new ByteArrayResource(a.content()), a.contentType());
      }
    } catch (MessagingException e) {
      throw new IllegalStateException(
          "the notice " + notice.noticeId() + " cannot be put in a mail", e);
    }
    return message;
  }

  private static Map<String, Object> record(Notice notice, String createdAt) {
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("noticeId", notice.noticeId());
    record.put("kind", notice.kind());
    record.put("subject", notice.subject());
    record.put("body", notice.body());
    record.put("to", notice.to().stream().map(Recipient::toString).toList());
    record.put("cc", notice.cc().stream().map(Recipient::toString).toList());
    record.put("reference", notice.reference());
    record.put("createdAt", createdAt);
    record.put("mailed", false);
    record.put(
        "attachments", notice.attachments().stream().map(Notice.Attachment::fileName).toList());
    return record;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Class<Map<String, Object>> mapType() {
    return (Class) LinkedHashMap.class;
  }

  private static String[] addresses(List<Recipient> recipients) {
    return recipients.stream()
        .map(Recipient::email)
        .filter(e -> e != null && !e.isBlank())
        .toArray(String[]::new);
  }
}
