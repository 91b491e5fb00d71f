package vn.gov.ubnd.workflow.notify;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How notices leave the system.
 *
 * @param mailEnabled send notices by e-mail (spring.mail.* says through which server)
 * @param from sender address of notices
 */
@ConfigurationProperties("ubnd.notify")
public record NotifyProperties(
    @DefaultValue("false") boolean mailEnabled,
    @DefaultValue("vanphong@ubnd.example") String from) {}
