package vn.gov.ubnd.workflow.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A clock that runs with real time plus an offset, the way the test engine's clock does: a process
 * test moves both by the same amount.
 */
public class MutableClock extends Clock {

  private volatile Duration offset = Duration.ZERO;
  private final ZoneId zone;

  public MutableClock(ZoneId zone) {
    this.zone = zone;
  }

  public void reset() {
    offset = Duration.ZERO;
  }

  public void advance(Duration duration) {
    offset = offset.plus(duration);
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    MutableClock clock = new MutableClock(zone);
    clock.offset = offset;
    return clock;
  }

  @Override
  public Instant instant() {
    return Instant.now().plus(offset);
  }
}
