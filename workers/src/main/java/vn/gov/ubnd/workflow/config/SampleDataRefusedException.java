package vn.gov.ubnd.workflow.config;

/**
 * A province data file is missing from the data folder outside the local stack: the samples on the
 * classpath describe an invented province with invented people, and a deployment that ran on them
 * would send notices to nobody real.
 */
class SampleDataRefusedException extends RuntimeException {

  public SampleDataRefusedException(String names, String folder) {
    super(
        "The province data files "
            + names
            + " are not all in the data folder ("
            + (folder == null || folder.isBlank() ? "UBND_DATA_FOLDER is not set" : folder)
            + "); the samples on the classpath are for the local stack only.");
  }
}
