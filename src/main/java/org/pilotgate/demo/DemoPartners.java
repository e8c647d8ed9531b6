package org.pilotgate.demo;

import java.util.List;
import org.pilotgate.partners.PartnerDetails;
import org.pilotgate.partners.PartnerDetails.Contact;
import org.pilotgate.partners.PartnerDetails.DataSharing;
import org.pilotgate.partners.PartnerDetails.Sector;
import org.pilotgate.partners.PartnerDetails.Status;
import org.pilotgate.partners.PartnerRegister;

/**
 * The demo's partner register: a handful of organisations across the kinds and the made-up wards of
 * application.yml, added by cam, so the map shows engaged partners and gaps. Some carry the names the
 * demo pilots give their partners, so their pages list those pilots. Contacts use example.org and
 * Ofcom's drama numbers.
 */
final class DemoPartners {

  static final String CHAMPION = "cam";

  static final List<PartnerDetails> PARTNERS = List.of(
      partner("Royal Mail", Sector.PRIVATE, "Postal workers", List.of("Abbey", "Brookside", "Castle", "Riverside", "Westfield"),
          "Posties pass every door six days a week", List.of("Older people living alone", "People who are isolated"),
          new Contact("Pat Morgan", "pat.morgan@example.org", "01632 960001"), DataSharing.SIGNED, Status.PARTNER),
      partner("Go Buses", Sector.PRIVATE, "Bus drivers", List.of("Abbey", "Riverside"),
          "Drivers see regular passengers on every journey", List.of("Older people living alone"),
          new Contact("Sam Okafor", "sam.okafor@example.org", "01632 960002"), DataSharing.EXPIRED, Status.ENDED),
      partner("Council waste services", Sector.PUBLIC, "Bin crews", List.of("Abbey", "Brookside", "Castle", "Riverside", "Westfield"),
          "Crews pass every home each week", List.of("Older people living alone", "Disabled people"),
          new Contact("Lee Chen", "lee.chen@example.org", "01632 960003"), DataSharing.SIGNED, Status.PARTNER),
      partner("Riverside Pharmacy", Sector.PRIVATE, "Pharmacists", List.of("Riverside"),
          "Prescriptions collected weekly or monthly", List.of("Older people living alone", "Carers"),
          new Contact("Amira Shah", "amira.shah@example.org", "01632 960004"), DataSharing.DRAFT, Status.ENGAGED),
      partner("Riverside GP practice", Sector.PUBLIC, "GP receptionists", List.of("Riverside", "Brookside"),
          "Receptionists speak to patients booking appointments", List.of("Carers", "People in debt"),
          new Contact("Jo Evans", "jo.evans@example.org", "01632 960005"), DataSharing.NONE, Status.CONTACTED),
      partner("Citizens Advice", Sector.THIRD_SECTOR, "Charities", List.of("Abbey", "Castle", "Westfield"),
          "Drop-in advice sessions twice a week", List.of("People in debt", "People at risk of homelessness"),
          new Contact("Chris Taylor", "chris.taylor@example.org", "01632 960006"), DataSharing.SIGNED, Status.PARTNER),
      partner("St Mark's Church", Sector.COMMUNITY, "Faith groups", List.of("Westfield"),
          "Lunch club every Wednesday", List.of("Older people living alone", "People who are isolated"),
          new Contact("Ruth Adeyemi", "ruth.adeyemi@example.org", "01632 960007"), DataSharing.NONE, Status.MAPPED),
      partner("Castle Street Traders", Sector.PRIVATE, "Shop staff", List.of("Castle"),
          "Shop staff serve the same customers most days", List.of("Older people living alone"),
          new Contact("Dev Patel", "dev.patel@example.org", "01632 960008"), DataSharing.NONE, Status.ENGAGED));

  private final PartnerRegister register;

  DemoPartners(PartnerRegister register) {
    this.register = register;
  }

  /** Adds the demo's partners to an empty register (all or none); says whether it did. */
  boolean seedIfEmpty() {
    if (!register.isEmpty()) {
      return false;
    }
    register.addAll(PARTNERS, CHAMPION);
    return true;
  }

  private static PartnerDetails partner(String name, Sector sector, String kind, List<String> areas, String touchpoints,
      List<String> groups, Contact contact, DataSharing dataSharing, Status status) {
    return new PartnerDetails(name, sector, kind, areas, touchpoints, groups, contact, dataSharing, status);
  }
}
