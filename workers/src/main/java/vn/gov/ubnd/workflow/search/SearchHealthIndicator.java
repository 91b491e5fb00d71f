package vn.gov.ubnd.workflow.search;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/** Reports whether the project's search cluster answers, under "search" in /actuator/health. */
@Component("search")
class SearchHealthIndicator extends AbstractHealthIndicator {

  private final SearchClient search;
  private final SearchProperties properties;

  public SearchHealthIndicator(SearchClient search, SearchProperties properties) {
    this.search = search;
    this.properties = properties;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    builder.withDetail("urls", properties.urls()).withDetail("prefix", properties.prefix());
    if (search.ping()) {
      builder.up();
    } else {
      builder.down().withDetail("error", "the search cluster does not answer");
    }
  }
}
