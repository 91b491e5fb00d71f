package vn.gov.ubnd.workflow.attachments;

import java.io.InputStream;

/** A file as a person sent it: the name their computer gave it and its bytes, read once. */
public record Upload(String fileName, InputStream content) {}
