package vn.gov.ubnd.workflow.directives.imports;

import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Bulk import of directive lists.
 *
 * @param folder where uploaded lists are kept until their import is done (and for the verdicts)
 * @param maxFileSize the largest file accepted; a 20,000-row list is about 4 MB as CSV
 * @param maxRows the most directive rows in one file
 * @param batchSize rows checked against the index and started together
 * @param maxInFlight instances being created at once; more only queue at the gateway
 */
@Validated
@ConfigurationProperties("ubnd.imports")
public record ImportProperties(
    String folder,
    @DefaultValue("20MB") DataSize maxFileSize,
    @DefaultValue("20000") @Positive int maxRows,
    @DefaultValue("200") @Positive int batchSize,
    @DefaultValue("32") @Positive int maxInFlight) {}
