// Keycloak's templates write a few screen-reader texts in English, outside its message bundle:
// they are said in Vietnamese here.
document.addEventListener("DOMContentLoaded", () => {
  const qr = document.getElementById("kc-totp-secret-qr-code");
  if (qr) {
    qr.alt = "Mã QR để quét bằng ứng dụng xác thực";
  }
  document.querySelectorAll('[aria-label="Warning alert"]').forEach((alert) => {
    alert.setAttribute("aria-label", "Cảnh báo");
  });
  document.querySelectorAll(".pf-screen-reader").forEach((text) => {
    if (text.textContent.trim() === "Warning alert:") {
      text.textContent = "Cảnh báo:";
    }
  });
});
