package org.pilotgate.library;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.pilotgate.pilot.Registration;
import org.pilotgate.pilot.RegistrationRecord;
import org.pilotgate.process.ProcessData;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * "Check prior work": finds the published reports most like the proposal, this council's and
 * peers', and keeps them for the proposer (who must say what differs from each similar failure)
 * and the reviewer.
 */
@Component("checkPriorWork")
class CheckPriorWorkDelegate implements JavaDelegate {

  static final int MAX_MATCHES = 5;

  private final LibraryIndex index;
  private final double minimumSimilarity;

  CheckPriorWorkDelegate(LibraryIndex index,
      @Value("${pilotgate.library.prior-work-minimum-similarity:2.0}") double minimumSimilarity) {
    this.index = index;
    this.minimumSimilarity = minimumSimilarity;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Registration proposal = RegistrationRecord.read(execution);
    String ownId = (String) execution.getVariable(PublishedReport.ID_VARIABLE);
    List<PriorWorkMatch> matches = index.similarTo(proposal.title(), proposalText(proposal),
            proposal.serviceArea().name(), MAX_MATCHES + 1, minimumSimilarity).stream()
        .filter(match -> !match.globalId().equals(ownId))
        .limit(MAX_MATCHES)
        .toList();
    execution.setVariable(PriorWorkMatch.VARIABLE, ProcessData.json(matches));
    List<SimilarFailure> failures = matches.stream()
        .filter(match -> ReportDocument.FAILED.equals(match.outcome()))
        .map(SimilarFailure::unacknowledged)
        .toList();
    execution.setVariable(SimilarFailure.VARIABLE, ProcessData.json(failures));
    execution.setVariable(SimilarFailure.FOUND, !failures.isEmpty());
    execution.setVariable(PriorWorkMatch.SUMMARY, summary(matches));
  }

  private static String proposalText(Registration proposal) {
    Registration.Intervention intervention = proposal.intervention();
    return String.join("\n", proposal.summary(), proposal.problem(), proposal.hypothesis(), intervention.what(),
        intervention.who(), intervention.where(), intervention.frequency());
  }

  private static String summary(List<PriorWorkMatch> matches) {
    if (matches.isEmpty()) {
      return "No similar report was found in the library.";
    }
    long failed = matches.stream().filter(m -> ReportDocument.FAILED.equals(m.outcome())).count();
    return matches.size() + " similar report(s) found in the library, " + failed
        + " of them failed. Check what they learned before approving.";
  }
}
