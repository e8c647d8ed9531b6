package org.pilotgate.library;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.pilotgate.pilot.RegistrationRecord;
import org.pilotgate.process.ProcessData;
import org.springframework.stereotype.Component;

/**
 * "Check prior work": finds published reports whose titles share words with this proposal's
 * title, and keeps them for the reviewer.
 */
@Component("checkPriorWork")
class CheckPriorWorkDelegate implements JavaDelegate {

  static final int MAX_MATCHES = 10;

  private final LibraryReports library;

  CheckPriorWorkDelegate(LibraryReports library) {
    this.library = library;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String title = RegistrationRecord.read(execution).title();
    List<Map<String, Object>> matches = library.sharingTitleWords(title, MAX_MATCHES).stream()
        .filter(report -> !report.processInstanceId().equals(execution.getProcessInstanceId()))
        .map(CheckPriorWorkDelegate::match)
        .toList();
    execution.setVariable("priorWorkMatches", ProcessData.json(matches));
    execution.setVariable("priorWorkSummary", summary(matches));
  }

  private static Map<String, Object> match(LibraryReport report) {
    Map<String, Object> match = new LinkedHashMap<>();
    match.put("id", report.id());
    match.put("title", report.title());
    match.put("outcome", report.outcome());
    match.put("serviceArea", report.serviceArea());
    match.put("url", LibraryReportController.PATH + "/" + report.id());
    return match;
  }

  private static String summary(List<Map<String, Object>> matches) {
    if (matches.isEmpty()) {
      return "No published report shares a word with this title.";
    }
    long failed = matches.stream().filter(m -> "FAILED".equals(m.get("outcome"))).count();
    return matches.size() + " published report(s) share words with this title, " + failed
        + " of them failed. Check what they learned before approving.";
  }
}
