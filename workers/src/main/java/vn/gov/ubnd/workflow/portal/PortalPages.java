package vn.gov.ubnd.workflow.portal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The portal's single page: its screens are addressed after the '#'. */
@Controller
class PortalPages {

  @GetMapping("/portal/")
  public String portal() {
    return "forward:/portal/index.html";
  }

  /**
   * Without the slash the page's own addresses (app.js, portal.css) would resolve one folder up and
   * the page would stay blank: the browser is sent to the address with it.
   */
  @GetMapping("/portal")
  public String withSlash() {
    return "redirect:/portal/";
  }
}
