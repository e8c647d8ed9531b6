package org.pilotgate.library;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.pilotgate.pilot.Registration;
import org.pilotgate.pilot.ServiceArea;

/**
 * Reports and proposals as a national library would hold them, generated from vocabularies per
 * service area and sentence patterns: 400 councils, ten years, failures and successes with their
 * reasons, texts of varied length and wording, and a long tail of place and scheme names, so that
 * term statistics look like real prose rather than copies of one report.
 */
final class GeneratedReports {

  static final int COUNCILS = 400;
  static final List<String> REASONS = List.of("THEORY", "IMPLEMENTATION", "CONTEXT", "PARTNER", "UNDERPOWERED",
      "COST");

  private static final Map<ServiceArea, String[]> TOPICS = Map.ofEntries(
      Map.entry(ServiceArea.ADULT_SOCIAL_CARE, words("befriending loneliness carers respite home care "
          + "reablement falls prevention telecare pendant alarm day centre dementia cafe hospital discharge "
          + "direct payments care package domiciliary visits wellbeing calls social prescribing isolation")),
      Map.entry(ServiceArea.CHILDRENS_SERVICES, words("school attendance early help family hub parenting course "
          + "foster carers youth club holiday meals breakfast club speech therapy nursery places care leavers "
          + "mentoring exclusions reading volunteers health visitor baby clinic")),
      Map.entry(ServiceArea.HOUSING, words("tenancy sustainment rent arrears repairs damp mould void properties "
          + "homelessness prevention temporary accommodation landlord licensing tenant panel caretaker estate "
          + "walkabout adaptations downsizing lettings allocations rough sleeping")),
      Map.entry(ServiceArea.WASTE_AND_RECYCLING, words("food waste caddy recycling contamination bin crew "
          + "collection round missed bins bulky waste fly tipping garden waste kerbside sorting textile bank "
          + "household waste site glass collection communal bins litter picking")),
      Map.entry(ServiceArea.TRANSPORT, words("bus route demand responsive transport concessionary pass school "
          + "travel cycle lane parking permit electric vehicle charging car club community transport "
          + "footway repairs pothole reporting traffic calming bus shelter timetable")),
      Map.entry(ServiceArea.PUBLIC_HEALTH, words("smoking cessation weight management health checks vaccination "
          + "uptake physical activity walking groups alcohol brief advice sexual health clinic oral health "
          + "heatwave cooling centre air quality healthy eating pharmacy outreach")),
      Map.entry(ServiceArea.REVENUES_AND_BENEFITS, words("council tax reminders discretionary housing payment "
          + "benefit take-up pension credit free school meals debt advice direct debit arrears letters "
          + "single person discount welfare grant energy vouchers universal credit")),
      Map.entry(ServiceArea.CUSTOMER_SERVICES, words("contact centre call waiting chatbot webchat online forms "
          + "self service kiosk library counter complaints callbacks text message reminders appointment "
          + "booking translation digital inclusion assisted digital")),
      Map.entry(ServiceArea.PLANNING, words("planning applications validation pre-application advice "
          + "householder extensions enforcement notices building control heritage consent local plan "
          + "consultation site visits design review neighbour objections")),
      Map.entry(ServiceArea.COMMUNITY_SAFETY, words("antisocial behaviour street lighting graffiti removal "
          + "neighbourhood wardens youth diversion knife crime domestic abuse refuge cctv night time economy "
          + "safe spaces scam prevention door knocking hate crime reporting")),
      Map.entry(ServiceArea.ENVIRONMENT, words("tree planting flood warning rain gardens solar panels retrofit "
          + "insulation grants allotments parks volunteers wildflower verges noise complaints pest control "
          + "dog fouling river cleanup heat pumps")),
      Map.entry(ServiceArea.OTHER, words("volunteering grants procurement apprenticeships staff wellbeing "
          + "hybrid working data sharing open data citizen panel participatory budgeting hack day "
          + "community wealth local suppliers social value")));

  private static final String[] GROUPS = words("older residents living alone, families with young children, "
      + "private tenants, council tenants, carers, young people not in education, people in debt, disabled "
      + "residents, new arrivals, students, shift workers, rural households, people leaving hospital, "
      + "small businesses, people who are digitally excluded, veterans, single parents", ",");
  private static final String[] PARTNERS = words("bus drivers, pharmacists, postal workers, GP receptionists, "
      + "housing officers, bin crews, faith groups, a local charity, the fire service, the police, "
      + "a housing association, the NHS trust, schools, libraries, a social enterprise, volunteers, "
      + "community champions, a university", ",");
  private static final String[] CHANNELS = words("text messages, letters, door knocking, a phone line, "
      + "an app, leaflets, posters at bus stops, social media, drop-in sessions, home visits, "
      + "a web form, radio adverts, community events, email reminders", ",");
  private static final String[] MEASURES = words("uptake, waiting times, repeat contacts, complaints, "
      + "attendance, satisfaction scores, arrears, missed appointments, costs per case, referrals, "
      + "emergency admissions, reported incidents, tonnage collected, response times", ",");
  private static final String[] WHY_FAILED = words("staff had no protected time, the partner withdrew "
      + "half-way, the sample was too small to show a difference, residents did not trust the letters, "
      + "the software was late, the budget was cut mid-trial, referrals never reached the team, "
      + "the weather disrupted the sessions, the measure moved for other reasons, training came too late, "
      + "the data could not be matched, managers changed priorities, the venue closed, "
      + "the eligibility rules were too narrow, people signed up but did not come back", ",");
  private static final String[] WHY_WORKED = words("the message came from someone residents knew, "
      + "the team met weekly to fix problems, the partner already visited the homes, the offer was simple, "
      + "reminders arrived the day before, a named officer followed up, the pilot started small and grew, "
      + "the data was checked every fortnight, frontline staff designed the script, the timing matched "
      + "pay day", ",");
  private static final String[] VERBS = words("tested, trialled, piloted, offered, introduced, ran, tried, "
      + "set up, launched, funded", ",");
  private static final String[] PLACES = syllables("ash brook castle elm fair glen haw king lark mill north oak "
      + "pen ray stan thorn up vale west yar", "bury field ford ham ley mouth port stead ton well wick worth "
      + "bridge by combe dale gate hurst moor side");

  private GeneratedReports() {}

  static String council(int i) {
    return PLACES[i % PLACES.length].toUpperCase().replace(" ", "");
  }

  /** The {@code i}th report of the library: its council, year and wording follow from i and the random source. */
  static ReportDocument report(Random random, int i) {
    ServiceArea area = ServiceArea.values()[random.nextInt(ServiceArea.values().length)];
    String council = council(i % COUNCILS);
    int year = 2016 + random.nextInt(10);
    String reference = "PIL-%d-%07d".formatted(year, i);
    boolean failed = random.nextInt(3) > 0;
    String topic = pick(random, TOPICS.get(area));
    String group = pick(random, GROUPS);
    String place = pick(random, PLACES);
    String reason = failed ? pick(random, WHY_FAILED) : null;
    Instant published = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28))
        .atStartOfDay(ZoneOffset.UTC).toInstant();
    return new ReportDocument(ReportDocument.globalId(council, reference), council, reference,
        failed ? ReportDocument.FAILED : ReportDocument.SUCCEEDED, title(random, area, topic, group, place),
        paragraph(random, area, topic, group, place, 1 + random.nextInt(3)), area.name(),
        paragraph(random, area, topic, group, place, 1 + random.nextInt(4)),
        "If " + pick(random, PARTNERS) + " " + topic + " for " + group + ", then " + pick(random, MEASURES)
            + " will improve, because " + pick(random, WHY_WORKED) + ".",
        new Registration.Intervention("OTHER", topic + " through " + pick(random, CHANNELS), pick(random, PARTNERS),
            place, random.nextBoolean() ? "weekly" : "monthly"),
        1 + random.nextInt(5), 10 + random.nextInt(2000), BigDecimal.valueOf(1000 + random.nextInt(80_000)),
        List.of(), 1, List.of(), null, List.of(), List.of(), 1 + random.nextInt(5),
        paragraph(random, area, topic, group, place, 1 + random.nextInt(5)), random.nextInt(4) == 0 ? "none" : null,
        new ReportDocument.Gate(failed ? "STOP" : "SCALE", "", failed ? "STOP" : "SCALE",
            failed ? "Stopped because " + reason + "." : "Scaled because " + pick(random, WHY_WORKED) + "."),
        paragraph(random, area, topic, group, place, 1 + random.nextInt(3)),
        failed ? null : paragraph(random, area, topic, group, place, 1 + random.nextInt(3)),
        failed ? null : "Roll out to " + pick(random, PLACES) + " and " + pick(random, PLACES) + " next year.",
        failed ? List.of(REASONS.get(random.nextInt(REASONS.size()))) : List.of(),
        failed ? "It did not work because " + reason + ". " + paragraph(random, area, topic, group, place, 1) : null,
        paragraph(random, area, topic, group, place, 1 + random.nextInt(3)),
        BigDecimal.valueOf(random.nextInt(90_000)), published);
  }

  /** A proposal as a council officer would write it: a title and the text the prior-work check reads. */
  static String[] proposal(Random random) {
    ServiceArea area = ServiceArea.values()[random.nextInt(ServiceArea.values().length)];
    String topic = pick(random, TOPICS.get(area));
    String group = pick(random, GROUPS);
    String place = pick(random, PLACES);
    return new String[] {title(random, area, topic, group, place),
        paragraph(random, area, topic, group, place, 3 + random.nextInt(4)), area.name()};
  }

  /** What a searcher types: one to three words of a service area, sometimes a phrase or a reason. */
  static String query(Random random) {
    String[] topics = TOPICS.get(ServiceArea.values()[random.nextInt(ServiceArea.values().length)]);
    return switch (random.nextInt(4)) {
      case 0 -> pick(random, topics);
      case 1 -> pick(random, topics) + " " + pick(random, topics);
      case 2 -> "\"" + pick(random, topics) + "\"";
      default -> pick(random, topics) + " " + pick(random, GROUPS).split(" ")[0];
    };
  }

  private static String title(Random random, ServiceArea area, String topic, String group, String place) {
    String title = switch (random.nextInt(5)) {
      case 0 -> capitalised(topic) + " for " + group;
      case 1 -> capitalised(topic) + " in " + place;
      case 2 -> capitalised(pick(random, PARTNERS)) + " and " + topic;
      case 3 -> "Reaching " + group + " with " + pick(random, CHANNELS);
      default -> capitalised(topic) + " and " + pick(random, TOPICS.get(area)) + " pilot";
    };
    return title.length() > 190 ? title.substring(0, 190) : title;
  }

  private static String paragraph(Random random, ServiceArea area, String topic, String group, String place,
      int sentences) {
    List<String> text = new ArrayList<>();
    for (int i = 0; i < sentences; i++) {
      text.add(sentence(random, area, topic, group, place));
    }
    return String.join(" ", text);
  }

  private static String sentence(Random random, ServiceArea area, String topic, String group, String place) {
    String other = pick(random, TOPICS.get(area));
    return switch (random.nextInt(8)) {
      case 0 -> "We " + pick(random, VERBS) + " " + topic + " with " + pick(random, PARTNERS) + " in " + place + ".";
      case 1 -> capitalised(group) + " told us that " + other + " was hard to reach through " + pick(random, CHANNELS)
          + ".";
      case 2 -> capitalised(pick(random, MEASURES)) + " changed by " + random.nextInt(40) + " per cent over "
          + (2 + random.nextInt(10)) + " months among " + (20 + random.nextInt(900)) + " " + group + ".";
      case 3 -> "The team compared " + place + " with " + pick(random, PLACES) + ", where " + other
          + " carried on as before.";
      case 4 -> "Staff found that " + pick(random, WHY_FAILED) + ", and " + pick(random, WHY_WORKED) + ".";
      case 5 -> "Contacts came by " + pick(random, CHANNELS) + " and by " + pick(random, CHANNELS) + ", mostly about "
          + other + ".";
      case 6 -> capitalised(pick(random, PARTNERS)) + " referred " + group + " to " + topic + " when " + other
          + " came up.";
      default -> "Next time, start " + topic + " earlier and agree how " + pick(random, MEASURES)
          + " will be counted.";
    };
  }

  private static String[] words(String text) {
    return words(text, " ");
  }

  /** Space-separated words, paired into two-word terms ("home care"), or comma-separated phrases. */
  private static String[] words(String text, String separator) {
    if (separator.equals(",")) {
      return java.util.Arrays.stream(text.split(",")).map(String::strip).toArray(String[]::new);
    }
    String[] single = text.split(" ");
    List<String> phrases = new ArrayList<>();
    for (int i = 0; i + 1 < single.length; i += 2) {
      phrases.add(single[i] + " " + single[i + 1]);
    }
    return phrases.toArray(String[]::new);
  }

  private static String[] syllables(String starts, String ends) {
    List<String> names = new ArrayList<>();
    for (String start : starts.split(" ")) {
      for (String end : ends.split(" ")) {
        names.add(capitalised(start + end));
      }
    }
    return names.toArray(String[]::new);
  }

  private static String pick(Random random, String[] choices) {
    return choices[random.nextInt(choices.length)];
  }

  private static String capitalised(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
