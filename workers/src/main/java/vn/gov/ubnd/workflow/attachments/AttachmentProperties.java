package vn.gov.ubnd.workflow.attachments;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Files attached in the portal.
 *
 * @param maxMegabytes the largest file kept (a scanned signed document is a few megabytes)
 */
@ConfigurationProperties("ubnd.attachments")
record AttachmentProperties(@DefaultValue("20") int maxMegabytes) {}
