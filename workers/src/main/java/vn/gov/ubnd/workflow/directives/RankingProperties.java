package vn.gov.ubnd.workflow.directives;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the office ranks the lead agencies (xếp hạng): the criteria in order, each deciding only
 * where the ones before tie.
 *
 * @param order the criteria; by default the on-time rate, then fewer overdue now, then fewer
 *     working days overdue on average
 * @param minimumBase agencies with fewer directives in the base are listed but not ranked
 */
@ConfigurationProperties("ubnd.ranking")
public record RankingProperties(
    @DefaultValue({"ON_TIME_RATE", "OVERDUE_NOW", "AVERAGE_WORKING_DAYS_OVERDUE"})
        List<RankingKey> order,
    @DefaultValue("1") int minimumBase) {}
