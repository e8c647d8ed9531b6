package org.pilotgate.partners;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.pilotgate.partners.PartnerDetails.DataSharing;
import org.pilotgate.partners.PartnerDetails.Sector;
import org.pilotgate.partners.PartnerDetails.Status;
import org.springframework.stereotype.Component;

/**
 * What each field of the register may hold, and how people read it: the council's lists from
 * {@link PartnerSettings} and the words for the fixed codes. Templates read it as {@code choices}.
 */
@Component
public class PartnerChoices {

  private static final Map<Sector, String> SECTORS = Map.of(Sector.PUBLIC, "Public sector",
      Sector.PRIVATE, "Private sector", Sector.THIRD_SECTOR, "Third sector (charity or social enterprise)",
      Sector.COMMUNITY, "Community group");
  private static final Map<DataSharing, String> DATA_SHARING = Map.of(DataSharing.NONE, "None",
      DataSharing.DRAFT, "Draft", DataSharing.SIGNED, "Signed", DataSharing.EXPIRED, "Expired");
  private static final Map<Status, String> STATUSES = Map.of(Status.MAPPED, "Mapped", Status.CONTACTED, "Contacted",
      Status.ENGAGED, "Engaged", Status.PARTNER, "Partner", Status.ENDED, "Ended");

  private final PartnerSettings settings;

  PartnerChoices(PartnerSettings settings) {
    this.settings = settings;
  }

  public List<String> kinds() {
    return settings.kinds();
  }

  public List<String> areas() {
    return settings.areas();
  }

  public List<String> residentGroups() {
    return settings.residentGroups();
  }

  public Map<String, String> sectors() {
    return options(Sector.values(), SECTORS);
  }

  public Map<String, String> dataSharing() {
    return options(DataSharing.values(), DATA_SHARING);
  }

  public Map<String, String> statuses() {
    return options(Status.values(), STATUSES);
  }

  public String sector(Sector sector) {
    return SECTORS.get(sector);
  }

  public String dataSharing(DataSharing status) {
    return DATA_SHARING.get(status);
  }

  public String status(Status status) {
    return STATUSES.get(status);
  }

  /** The code of {@code value}, given as its code or its words, in any case. */
  static <E extends Enum<E>> Optional<E> code(Class<E> type, Map<E, String> words, String value) {
    return Arrays.stream(type.getEnumConstants())
        .filter(code -> code.name().equalsIgnoreCase(value) || words.get(code).equalsIgnoreCase(value))
        .findFirst();
  }

  Optional<Sector> sectorOf(String value) {
    return code(Sector.class, SECTORS, value);
  }

  Optional<DataSharing> dataSharingOf(String value) {
    return code(DataSharing.class, DATA_SHARING, value);
  }

  Optional<Status> statusOf(String value) {
    return code(Status.class, STATUSES, value);
  }

  /** The entry of {@code list} that {@code value} names, in any case. */
  static Optional<String> listed(List<String> list, String value) {
    return list.stream().filter(entry -> entry.equalsIgnoreCase(value.trim())).findFirst();
  }

  static String lowerFirst(String words) {
    return words.substring(0, 1).toLowerCase(Locale.ROOT) + words.substring(1);
  }

  private static <E extends Enum<E>> Map<String, String> options(E[] codes, Map<E, String> words) {
    Map<String, String> options = new LinkedHashMap<>();
    for (E code : codes) {
      options.put(code.name(), words.get(code));
    }
    return options;
  }
}
