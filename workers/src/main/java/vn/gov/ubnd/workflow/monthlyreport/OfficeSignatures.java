package vn.gov.ubnd.workflow.monthlyreport;

import java.util.List;
import vn.gov.ubnd.workflow.catalog.Office;
import vn.gov.ubnd.workflow.failures.InvalidProcessDataException;
import vn.gov.ubnd.workflow.input.OfficeInput;

/** The signature block of the office's own reports, from the catalog's office (pure). */
final class OfficeSignatures {

  private final Office office;

  OfficeSignatures(Office office) {
    this.office = office;
  }

  MonthlyReportComposer.Signer signer(OfficeSigner who, String deputyName) {
    if (who == OfficeSigner.DEPUTY) {
      if (OfficeInput.blank(deputyName) || !office.deputyChiefNames().contains(deputyName.trim())) {
        throw new InvalidProcessDataException(
            "Phó Chánh Văn phòng ký thay (deputyChief) \""
                + OfficeInput.shown(deputyName == null ? "" : deputyName)
                + "\" không có trong danh mục: chọn một trong "
                + String.join(", ", office.deputyChiefNames())
                + ".");
      }
      return new MonthlyReportComposer.Signer(
          List.of("KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG"), deputyName.trim());
    }
    return new MonthlyReportComposer.Signer(List.of("CHÁNH VĂN PHÒNG"), office.chiefName());
  }
}
