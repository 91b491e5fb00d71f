package vn.gov.ubnd.workflow.reportcycle;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the report cycle that are not province data.
 *
 * @param periodCutOffDay the day of the month the reporting period ends (Decree 09/2019: 14)
 * @param halfYearCutOffMonth the month the half-year period ends (6)
 * @param council how the final report reaches the council's standing board
 */
@ConfigurationProperties("ubnd.report-cycle")
public record ReportCycleProperties(
    @DefaultValue("14") int periodCutOffDay,
    @DefaultValue("6") int halfYearCutOffMonth,
    @DefaultValue Council council) {

  /**
   * The submission channels; either or both.
   *
   * @param mailTo the standing board's address: the report goes there by e-mail (spring.mail.*)
   * @param httpEndpoint an endpoint that takes the document and its metadata as multipart POST
   * @param httpToken bearer token for the endpoint, from the environment
   */
  public record Council(String mailTo, URI httpEndpoint, String httpToken) {}
}
