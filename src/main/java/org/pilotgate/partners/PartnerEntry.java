package org.pilotgate.partners;

import static org.pilotgate.partners.PartnerFields.AREAS;
import static org.pilotgate.partners.PartnerFields.CONTACT_EMAIL;
import static org.pilotgate.partners.PartnerFields.CONTACT_NAME;
import static org.pilotgate.partners.PartnerFields.CONTACT_PHONE;
import static org.pilotgate.partners.PartnerFields.DATA_SHARING;
import static org.pilotgate.partners.PartnerFields.KIND;
import static org.pilotgate.partners.PartnerFields.NAME;
import static org.pilotgate.partners.PartnerFields.RESIDENT_GROUPS;
import static org.pilotgate.partners.PartnerFields.SECTOR;
import static org.pilotgate.partners.PartnerFields.STATUS;
import static org.pilotgate.partners.PartnerFields.TOUCHPOINTS;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.pilotgate.partners.PartnerDetails.Contact;

/**
 * Reads one partner from the values a person gave (a form or a CSV row) and checks every field:
 * either the details, or each problem by field, naming the field by its label. The pages and the
 * import use the same checks, so a spreadsheet cannot put in what the form refuses.
 */
final class PartnerEntry {

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()-]{6,30}");
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\r\\n\\t]]");

  /** The details when {@code problems} is empty. */
  record Checked(PartnerDetails details, Map<String, String> problems) {
    boolean valid() {
      return problems.isEmpty();
    }
  }

  private final Function<String, List<String>> values;
  private final PartnerChoices choices;
  private final Map<String, String> problems = new LinkedHashMap<>();

  private PartnerEntry(Function<String, List<String>> values, PartnerChoices choices) {
    this.values = values;
    this.choices = choices;
  }

  /** {@code values} gives a field's values: none when it is missing, several for the areas and groups. */
  static Checked read(Function<String, List<String>> values, PartnerChoices choices) {
    return new PartnerEntry(values, choices).check();
  }

  private Checked check() {
    String name = text(NAME, 200, true);
    var sector = code(SECTOR, choices::sectorOf);
    String kind = listed(KIND, choices.kinds());
    List<String> areas = all(AREAS, choices.areas(), true);
    String touchpoints = text(TOUCHPOINTS, 1000, false);
    List<String> groups = all(RESIDENT_GROUPS, choices.residentGroups(), false);
    Contact contact = new Contact(text(CONTACT_NAME, 200, false), email(), phone());
    var dataSharing = code(DATA_SHARING, choices::dataSharingOf);
    var status = code(STATUS, choices::statusOf);
    if (!problems.isEmpty()) {
      return new Checked(null, Map.copyOf(problems));
    }
    return new Checked(new PartnerDetails(name, sector, kind, areas, touchpoints, groups, contact, dataSharing, status),
        Map.of());
  }

  private String single(String field) {
    List<String> given = values.apply(field);
    if (given == null || given.isEmpty() || given.get(0) == null || given.get(0).isBlank()) {
      return null;
    }
    return given.get(0).trim();
  }

  private String text(String field, int longest, boolean required) {
    String value = single(field);
    if (value == null) {
      return required ? refuse(field, "enter the " + PartnerChoices.lowerFirst(PartnerFields.label(field))) : null;
    }
    if (value.length() > longest) {
      return refuse(field, "must be " + longest + " characters or fewer");
    }
    if (CONTROL.matcher(value).find()) {
      return refuse(field, "must not contain control characters");
    }
    return value;
  }

  private <E> E code(String field, Function<String, Optional<E>> lookup) {
    String value = single(field);
    if (value == null) {
      return refuse(field, "choose one of the options listed");
    }
    return lookup.apply(value).orElseGet(() -> refuse(field, "choose one of the options listed, not \"" + value + "\""));
  }

  private String listed(String field, List<String> list) {
    String value = single(field);
    if (value == null) {
      return refuse(field, "choose one of the options listed");
    }
    return PartnerChoices.listed(list, value)
        .orElseGet(() -> refuse(field, "choose one of the options listed, not \"" + value + "\""));
  }

  private List<String> all(String field, List<String> list, boolean required) {
    List<String> chosen = new ArrayList<>();
    for (String value : Optional.ofNullable(values.apply(field)).orElse(List.of())) {
      if (value == null || value.isBlank()) {
        continue;
      }
      Optional<String> known = PartnerChoices.listed(list, value);
      if (known.isEmpty()) {
        refuse(field, "choose from the options listed, not \"" + value.trim() + "\"");
        return List.of();
      }
      if (!chosen.contains(known.get())) {
        chosen.add(known.get());
      }
    }
    if (required && chosen.isEmpty()) {
      refuse(field, "choose at least one");
    }
    return chosen;
  }

  private String email() {
    String email = text(CONTACT_EMAIL, 320, false);
    return email == null || EMAIL.matcher(email).matches() ? email
        : refuse(CONTACT_EMAIL, "enter an email address like name@example.org");
  }

  private String phone() {
    String phone = text(CONTACT_PHONE, 40, false);
    return phone == null || PHONE.matcher(phone).matches() ? phone
        : refuse(CONTACT_PHONE, "enter a phone number like 01632 960 001");
  }

  private <T> T refuse(String field, String problem) {
    problems.putIfAbsent(field, PartnerFields.label(field) + ": " + problem);
    return null;
  }
}
