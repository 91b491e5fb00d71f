package vn.gov.ubnd.workflow.accounts;

/** Invented names for the local stack's sample people: nobody real. */
final class SampleNames {

  private static final String[] FAMILY = {
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ",
    "Ngô", "Dương", "Lý"
  };
  private static final String[] GIVEN = {
    "Văn An",
    "Thị Bình",
    "Minh Châu",
    "Quốc Dũng",
    "Thu Hà",
    "Gia Huy",
    "Ngọc Lan",
    "Đức Mạnh",
    "Thanh Nga",
    "Hữu Phúc",
    "Kim Quyên",
    "Công Sơn",
    "Mai Trang",
    "Xuân Vinh",
    "Hải Yến",
    "Tuấn Khải",
    "Bảo Ngọc"
  };

  private SampleNames() {}

  /** {family name, given names} of the n-th sample person. */
  static String[] of(int n) {
    return new String[] {FAMILY[n % FAMILY.length], GIVEN[(n * 7) % GIVEN.length]};
  }
}
