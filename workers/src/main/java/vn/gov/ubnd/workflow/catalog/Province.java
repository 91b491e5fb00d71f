package vn.gov.ubnd.workflow.catalog;

/**
 * The province whose committee runs the system.
 *
 * @param name "Đồng Nai"
 * @param issuingBody the body's name as printed in the document header ("ỦY BAN NHÂN DÂN TỈNH ĐỒNG
 *     NAI")
 * @param issuingBodyShort short form ("UBND tỉnh Đồng Nai")
 * @param parentBody the line above the issuing body in the header, empty for a committee
 * @param place the place name of the date line ("Đồng Nai, ngày …")
 */
public record Province(
    String name, String issuingBody, String issuingBodyShort, String parentBody, String place) {}
