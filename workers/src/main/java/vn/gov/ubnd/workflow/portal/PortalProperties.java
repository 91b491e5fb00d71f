package vn.gov.ubnd.workflow.portal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The staff portal's settings.
 *
 * @param operateUrl Operate's address, for the managers' links to an instance
 */
@ConfigurationProperties("ubnd.portal")
public record PortalProperties(@DefaultValue("http://localhost:8080/operate") String operateUrl) {}
