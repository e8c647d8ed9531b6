package org.pilotgate.audit;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** For auditors: pilots by status, service area, dates proposed, gate decision and people, newest first. */
@RestController
class FindPilotsApi {

  private final PilotRegister register;

  FindPilotsApi(PilotRegister register) {
    this.register = register;
  }

  /** A page of pilots matching every filter given; 400 naming each parameter that is wrong. */
  @GetMapping("/api/audit/pilots")
  ResponseEntity<?> find(PilotSearchParameters parameters) {
    Map<String, String> errors = parameters.errors();
    if (!errors.isEmpty()) {
      ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
          String.join("; ", errors.values()));
      problem.setTitle("Invalid search parameters");
      problem.setProperty("errors", errors);
      return ResponseEntity.badRequest().body(problem);
    }
    return ResponseEntity.ok(register.find(parameters.search()));
  }
}
