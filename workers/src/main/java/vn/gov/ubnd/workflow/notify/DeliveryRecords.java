package vn.gov.ubnd.workflow.notify;

import java.util.Optional;

/**
 * Which channel has delivered which submission already: a retried step sends only through the
 * channels that have not (an e-mail to the council is not sent twice because the HTTP channel
 * failed after it).
 */
public interface DeliveryRecords {

  /** When the submission went out through the channel, if it did. */
  Optional<String> deliveredAt(String submissionId, String channel);

  /** Records a delivery; recording it again changes nothing. */
  void recordDelivery(String submissionId, String channel, String at);
}
