package org.pilotgate.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Map;
import org.pilotgate.PilotGateProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.security.web.WebAttributes;

/**
 * PilotGate's login page, in the GOV.UK style of its other pages and with the council's name. Spring
 * Security checks what it posts ({@code POST /login}) and sends a failed sign-in back with
 * {@code ?error}, and everyone who signs out, from any page or webapp, with {@code ?logout}.
 */
@Controller
class SignInPage {

  static final String PATH = "/login";
  static final String SIGNED_OUT = PATH + "?logout";
  static final String FAILED = PATH + "?error";
  static final String WRONG_PASSWORD = "Enter a correct user name and password";

  private final String councilName;

  SignInPage(PilotGateProperties properties) {
    this.councilName = properties.councilName();
  }

  @GetMapping(PATH)
  String signIn(HttpServletRequest request, Model model) {
    boolean failed = request.getParameter("error") != null;
    model.addAttribute("councilName", councilName);
    model.addAttribute("signedOut", !failed && request.getParameter("logout") != null);
    model.addAttribute("errors", failed ? Map.of("username", problem(request.getSession(false))) : Map.of());
    return "sign-in";
  }

  /** What went wrong with the last attempt: a wait the throttle imposes, or else a wrong user name or password. */
  private static String problem(HttpSession session) {
    Object last = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    return last instanceof SignInMustWait wait ? wait.getMessage() : WRONG_PASSWORD;
  }
}
