package org.pilotgate.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pilotgate.web.Labels;

/** Details in words, without Spring: codes by the field that holds them, UK dates in the zone, changes as what changed. */
class ReadableDetailsTest {

  private final ReadableDetails readable = new ReadableDetails(new Labels(ZoneId.of("Europe/London")));

  @Test
  void codesAreLabelledByTheirFieldWhereverTheyAreNested() {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("serviceArea", "WASTE_AND_RECYCLING");
    details.put("interventionKind", "BEHAVIOURAL_NUDGE");
    details.put("harmLimits", List.of(Map.of("name", "Complaints", "breachedWhen", "ABOVE", "limit", 5)));
    details.put("partners", List.of(Map.of("name", "Go Buses", "sector", "PRIVATE")));
    details.put("failureReasonCodes", List.of("COST", "PARTNER"));
    details.put("gateDecision", "STOP");
    details.put("earlyStopReasonCode", "COST");
    details.put("evidenceLevel", 2);
    details.put("decision", "pilot-evaluation");

    String text = ReadableDetails.flat(readable.of(details));

    assertThat(text).contains("Service area: Waste and recycling", "Intervention kind: Behavioural nudge", "Complaints: (", "Breached when: Goes above the limit",
        "Limit: 5", "Go Buses: (Sector: Private company)",
        "Failure reason codes: Cost: it cost more than the benefit was worth; Partner: a partner could not deliver",
        "Gate decision: Stop", "Early stop reason code: Cost: it was costing too much",
        "Evidence level: 2 of 5: We measured a positive change", "Decision: pilot-evaluation");
    assertThat(text).doesNotContain("WASTE_AND_RECYCLING", "BEHAVIOURAL_NUDGE", "ABOVE", "PRIVATE", "STOP", "{");
  }

  @Test
  void anEarlyStopInTheAuditChainShowsItsReasonByLabel() {
    String text = ReadableDetails.flat(readable.of(Map.of("reasonCode", "HARM", "reason", "Two complaints")));
    assertThat(text).contains("Reason code: Harm to residents, staff or others", "Reason: Two complaints")
        .doesNotContain("HARM");
  }

  @Test
  void datesTimesAndPeriodsAreWrittenAsPeopleWriteThemInTheCouncilsZone() {
    String text = ReadableDetails.flat(readable.of(Map.of("trialEnd", "2027-02-04", "frozenAt",
        "2027-07-04T13:05:09.123Z", "checkInInterval", "P14D", "at", Instant.parse("2027-02-04T14:05:00Z"))));
    assertThat(text).contains("Trial end: 4 February 2027", "Frozen at: 4 July 2027 at 14:05",
        "Check in interval: 2 weeks", "At: 4 February 2027 at 14:05");
    assertThat(readable.time(Instant.parse("2027-02-04T14:05:59Z"))).isEqualTo("4 February 2027 at 14:05");
  }

  @Test
  void aChangeShowsOnlyWhatChangedAndASameValueSaysSo() {
    ReadableDetails.Reading reading = readable.full();
    List<Map<String, Object>> before = List.of(Map.of("name", "Referrals", "baseline", 0.0, "direction", "INCREASE"),
        Map.of("name", "Loneliness", "baseline", 7, "direction", "DECREASE"));
    List<Map<String, Object>> after = List.of(Map.of("name", "Referrals", "baseline", 1, "direction", "INCREASE"),
        Map.of("name", "Loneliness", "baseline", 7.0, "direction", "DECREASE"));

    assertThat(ReadableDetails.flat(List.of(readable.change(reading, "successCriteria", before, after))))
        .isEqualTo("Success criteria: (Referrals: (Baseline: from 0 to 1))");
    assertThat(ReadableDetails.flat(List.of(readable.change(reading, "reviewDecision", "APPROVE", "APPROVE"))))
        .isEqualTo("Review decision: Approve: the proposer can plan the trial (set again, unchanged)");
    assertThat(ReadableDetails.flat(List.of(readable.change(reading, "trialEnd", "2027-06-05", "2027-03-05"))))
        .isEqualTo("Trial end: from 5 June 2027 to 5 March 2027");
    assertThat(ReadableDetails.flat(List.of(readable.change(reading, "similarFailures",
        List.of(Map.of("title", "Old", "url", "/a")), List.of(Map.of("whatIsDifferent", "New"))))))
        .as("a value whose shape changed is shown before and after")
        .isEqualTo("Similar failures: (From: (Old: (Url: /a)), To: (Item 1: (What is different: New)))");
  }

  @Test
  void onAPageALongValueShownBeforeIsLinkedNotRepeated() {
    ReadableDetails.Reading page = readable.once();
    Map<String, Object> partner = Map.of("name", "Go Buses", "sector", "PRIVATE", "role", "Drivers refer");
    page.at(new ReadableDetails.Shown("4 February 2027 at 14:05", "event-3"));
    ReadableDetails.Line first = page.line("partners", "Partners", List.of(partner));
    page.at(new ReadableDetails.Shown("5 February 2027 at 09:00", "event-9"));
    ReadableDetails.Line again = page.line("partners", "Partners", List.of(new LinkedHashMap<>(partner)));

    assertThat(first.parts()).isNotEmpty();
    assertThat(again.text()).isEqualTo("as shown on 4 February 2027 at 14:05");
    assertThat(again.ref()).isEqualTo("event-3");
    assertThat(readable.full().line("partners", "Partners", List.of(partner)).ref()).isNull();
  }
}
