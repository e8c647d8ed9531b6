package org.pilotgate.partners;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The register's fields: one name each, used by the pages' inputs, the CSV columns and the open data,
 * and the label a person reads, which every refusal names.
 */
final class PartnerFields {

  static final String NAME = "name";
  static final String SECTOR = "sector";
  static final String KIND = "kind";
  static final String AREAS = "areas";
  static final String TOUCHPOINTS = "touchpoints";
  static final String RESIDENT_GROUPS = "residentGroups";
  static final String CONTACT_NAME = "contactName";
  static final String CONTACT_EMAIL = "contactEmail";
  static final String CONTACT_PHONE = "contactPhone";
  static final String DATA_SHARING = "dataSharing";
  static final String STATUS = "status";

  /** The fields that hold several values. */
  static final Set<String> LISTS = Set.of(AREAS, RESIDENT_GROUPS);

  /** Field to label, in the order of the form and of the CSV columns. */
  static final Map<String, String> LABELS = labels();

  private PartnerFields() {}

  static String label(String field) {
    return LABELS.get(field);
  }

  /** Each field's values: one for most, the chosen ones for the areas and resident groups, none when empty. */
  static Map<String, List<String>> values(PartnerDetails details) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    values.put(NAME, one(details.name()));
    values.put(SECTOR, one(details.sector().name()));
    values.put(KIND, one(details.kind()));
    values.put(AREAS, details.areas());
    values.put(TOUCHPOINTS, one(details.touchpoints()));
    values.put(RESIDENT_GROUPS, details.residentGroups());
    values.put(CONTACT_NAME, one(details.contact().name()));
    values.put(CONTACT_EMAIL, one(details.contact().email()));
    values.put(CONTACT_PHONE, one(details.contact().phone()));
    values.put(DATA_SHARING, one(details.dataSharing().name()));
    values.put(STATUS, one(details.status().name()));
    return values;
  }

  private static List<String> one(String value) {
    return value == null ? List.of() : List.of(value);
  }

  private static Map<String, String> labels() {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put(NAME, "Organisation name");
    labels.put(SECTOR, "Sector");
    labels.put(KIND, "Kind of organisation");
    labels.put(AREAS, "Areas covered");
    labels.put(TOUCHPOINTS, "Touchpoints with residents");
    labels.put(RESIDENT_GROUPS, "Residents they could notice");
    labels.put(CONTACT_NAME, "Contact name");
    labels.put(CONTACT_EMAIL, "Contact email");
    labels.put(CONTACT_PHONE, "Contact phone");
    labels.put(DATA_SHARING, "Data-sharing agreement");
    labels.put(STATUS, "Collaboration status");
    return Collections.unmodifiableMap(labels);
  }
}
