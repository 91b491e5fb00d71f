package vn.gov.ubnd.workflow.incidents;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How failed jobs are retried.
 *
 * @param outageBackoff the pause before retrying a job that failed because something it needs did
 *     not answer (index, mail server, council endpoint)
 * @param errorBackoff the pause before retrying a job that failed unexpectedly
 */
@ConfigurationProperties("ubnd.incidents")
public record IncidentProperties(
    @DefaultValue("30s") Duration outageBackoff, @DefaultValue("10s") Duration errorBackoff) {}
