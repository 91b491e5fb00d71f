package vn.gov.ubnd.workflow.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.gov.ubnd.workflow.notify.Notice;
import vn.gov.ubnd.workflow.notify.Notifier;

/** Keeps the notices a process test sent, once per notice id, like the real outbox. */
public class RecordingNotifier implements Notifier {

  private final Map<String, Notice> sent = new LinkedHashMap<>();

  @Override
  public synchronized void send(Notice notice) {
    sent.putIfAbsent(notice.noticeId(), notice);
  }

  public synchronized List<Notice> sent() {
    return new ArrayList<>(sent.values());
  }

  public synchronized List<Notice> sentAbout(String reference) {
    return sent.values().stream().filter(n -> reference.equals(n.reference())).toList();
  }

  public synchronized void clear() {
    sent.clear();
  }
}
