package vn.gov.ubnd.workflow.search;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The search cluster (OpenSearch locally, Elasticsearch 8 in production) holding the project's own
 * indices.
 *
 * @param urls node addresses
 * @param prefix prefix of every index the project owns, apart from Camunda's
 * @param username basic-auth user, from the environment; empty for none
 * @param password basic-auth password, from the environment
 * @param timeout socket timeout of one request
 * @param maxConnections connections to each node at most: one per job handler in flight
 * @param replicas copies of each of our indices besides the primary: at least 1 in production
 *     (losing the outgoing register would restart numbering at 01); 0 only on a one-node stack
 */
@Validated
@ConfigurationProperties("ubnd.search")
public record SearchProperties(
    @NotEmpty @DefaultValue("http://127.0.0.1:9200") List<URI> urls,
    @NotBlank @DefaultValue("ubnd") String prefix,
    String username,
    String password,
    @DefaultValue("10s") Duration timeout,
    @DefaultValue("64") @Positive int maxConnections,
    @DefaultValue("1") @PositiveOrZero int replicas) {}
