package vn.gov.ubnd.workflow.portal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The portal's single page: its screens are addressed after the '#'. */
@Controller
public class PortalPages {

  @GetMapping({"/portal", "/portal/"})
  public String portal() {
    return "forward:/portal/index.html";
  }
}
