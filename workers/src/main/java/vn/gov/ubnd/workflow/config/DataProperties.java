package vn.gov.ubnd.workflow.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the province's data files are: the catalog, the declared days off, the report templates and
 * numbering series.
 *
 * @param folder a folder holding files that replace the samples shipped on the classpath under
 *     {@code data/}
 * @param samplesAllowed whether a file missing there may be taken from the samples (an invented
 *     province): only on the local stack
 */
@ConfigurationProperties("ubnd.data")
record DataProperties(String folder, boolean samplesAllowed) {}
