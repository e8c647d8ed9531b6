package org.pilotgate.partners;

import java.util.List;
import java.util.Locale;

/** What the register holds about one organisation, as a champion enters it. */
public record PartnerDetails(String name, Sector sector, String kind, List<String> areas, String touchpoints,
    List<String> residentGroups, Contact contact, DataSharing dataSharing, Status status) {

  public enum Sector { PUBLIC, PRIVATE, THIRD_SECTOR, COMMUNITY }

  public enum DataSharing { NONE, DRAFT, SIGNED, EXPIRED }

  public enum Status { MAPPED, CONTACTED, ENGAGED, PARTNER, ENDED }

  /** The named contact: personal data, shown only to signed-in staff and never in the open data. */
  public record Contact(String name, String email, String phone) {
    static final Contact NONE = new Contact(null, null, null);
  }

  public PartnerDetails {
    areas = List.copyOf(areas);
    residentGroups = List.copyOf(residentGroups);
    contact = contact == null ? Contact.NONE : contact;
  }

  /** Working with the council now: what the map counts. */
  public boolean engaged() {
    return status == Status.ENGAGED || status == Status.PARTNER;
  }

  public PartnerDetails ended() {
    return new PartnerDetails(name, sector, kind, areas, touchpoints, residentGroups, contact, dataSharing, Status.ENDED);
  }

  /**
   * A name as pilots' free-text partners are matched against the register: lower case, letters and
   * digits only, single spaces ("Go-Buses Ltd." and "go buses ltd" are the same).
   */
  public static String normalised(String name) {
    return name == null ? "" : name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
  }
}
