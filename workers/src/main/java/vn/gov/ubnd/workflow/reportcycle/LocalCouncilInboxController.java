package vn.gov.ubnd.workflow.reportcycle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.gov.ubnd.workflow.documents.DocumentProperties;

/**
 * On the local stack only, the council's side of the HTTP channel: it keeps what it receives in the
 * documents folder under council-inbox/, so that a cycle can be followed to its end on one machine.
 * In production the channel points at the council's own document system. {@code received.log} has a
 * line per request received, duplicates included.
 */
@RestController
@ConditionalOnProperty(name = "ubnd.report-cycle.local-council-inbox", havingValue = "true")
class LocalCouncilInboxController {

  private final Path inbox;

  public LocalCouncilInboxController(DocumentProperties documents) {
    this.inbox = Path.of(documents.folder()).resolve("council-inbox");
  }

  /** Takes a submission as the council's system would. */
  @PostMapping("/api/local-council-inbox")
  public ResponseEntity<Map<String, String>> receive(
      @RequestHeader("Idempotency-Key") String submissionId,
      @RequestParam("file") MultipartFile file,
      @RequestParam("metadata") String metadata)
      throws IOException {
    // The channel's shared token was checked before the request was read
    // (SecurityConfiguration.sharedTokenMatches): a call without it never reaches this method.
    if (!submissionId.matches("[A-Za-z0-9._-]{1,100}")) {
      return ResponseEntity.badRequest().body(Map.of("error", "bad Idempotency-Key"));
    }
    Files.createDirectories(inbox);
    Files.write(inbox.resolve(submissionId + ".docx"), file.getBytes());
    Files.writeString(inbox.resolve(submissionId + ".json"), metadata);
    // Every request leaves a line, so a second delivery of the same submission can be counted.
    synchronized (this) {
      Files.writeString(
          inbox.resolve("received.log"),
          submissionId + "\n",
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    }
    return ResponseEntity.ok(Map.of("received", submissionId));
  }
}
