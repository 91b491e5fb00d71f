package vn.gov.ubnd.workflow.documents;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where generated documents are kept and how forms link to them.
 *
 * @param folder the storage folder: configured, existing, writable (no default)
 * @param baseUrl the worker application's address as users reach it, for download links
 */
@ConfigurationProperties("ubnd.documents")
public record DocumentProperties(
    String folder, @DefaultValue("http://localhost:8090") String baseUrl) {}
