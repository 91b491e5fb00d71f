package vn.gov.ubnd.workflow.documents;

/**
 * A picture in a report (a chart), as PNG, with the caption printed under it.
 *
 * @param png the image
 * @param widthMm printed width
 * @param heightMm printed height
 * @param caption "Biểu đồ 1. …"
 */
public record ReportPicture(byte[] png, int widthMm, int heightMm, String caption) {}
