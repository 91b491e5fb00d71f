package vn.gov.ubnd.workflow.notify;

/** Sends notices; the same notice id sent twice reaches people once. */
public interface Notifier {

  void send(Notice notice);
}
