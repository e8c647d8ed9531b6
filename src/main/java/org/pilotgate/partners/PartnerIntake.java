package org.pilotgate.partners;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Adds a partner that a pilot named before it was in the register, as a champion confirms it: its
 * name, sector, kind and areas, checked as the register's own form checks them, with status mapped,
 * no data-sharing agreement and no contact yet (the champion adds those on the partner's page).
 */
@Component
public class PartnerIntake {

  /** The register's fields a confirmation gives, as {@link Refused#field} names them. */
  public static final String NAME = PartnerFields.NAME;
  public static final String SECTOR = PartnerFields.SECTOR;
  public static final String KIND = PartnerFields.KIND;
  public static final String AREAS = PartnerFields.AREAS;

  /** A field the register refused, with the problem in words that start with its label. */
  public static class Refused extends RuntimeException {
    private final String field;

    Refused(String field, String problem) {
      super(problem);
      this.field = field;
    }

    public String field() {
      return field;
    }
  }

  private final PartnerRegister register;
  private final PartnerChoices choices;

  PartnerIntake(PartnerRegister register, PartnerChoices choices) {
    this.register = register;
    this.choices = choices;
  }

  /** Returns the new partner's id. */
  public long add(String name, String sector, String kind, List<String> areas, String by) {
    Map<String, List<String>> values = Map.of(NAME, one(name), SECTOR, one(sector), KIND, one(kind), AREAS, areas,
        PartnerFields.DATA_SHARING, List.of(PartnerDetails.DataSharing.NONE.name()),
        PartnerFields.STATUS, List.of(PartnerDetails.Status.MAPPED.name()));
    PartnerEntry.Checked checked = PartnerEntry.read(values::get, choices);
    if (!checked.valid()) {
      var problem = checked.problems().entrySet().iterator().next();
      throw new Refused(problem.getKey(), problem.getValue());
    }
    try {
      return register.add(checked.details(), by);
    } catch (NameTaken taken) {
      throw new Refused(NAME, taken.getMessage());
    }
  }

  /** The kinds, areas and sectors a confirmation may choose from, as the register's form offers them. */
  public PartnerChoices choices() {
    return choices;
  }

  private static List<String> one(String value) {
    return value == null ? List.of() : List.of(value);
  }
}
