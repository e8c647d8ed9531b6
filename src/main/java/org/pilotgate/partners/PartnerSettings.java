package org.pilotgate.partners;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The council's own lists for the partner register, under {@code pilotgate.partners.*}: each is the
 * set of choices the pages, the import and the map offer, in the order given.
 *
 * @param kinds kinds of organisation (bus drivers, pharmacists, charities, ...)
 * @param areas the council's wards or localities
 * @param residentGroups groups of residents a partner could notice (older people living alone, ...)
 * @param areasGeojson where the areas' shapes are, as GeoJSON ({@code classpath:...} or {@code file:...}),
 *     for the partner map's drawing; null for none
 */
@ConfigurationProperties("pilotgate.partners")
public record PartnerSettings(List<String> kinds, List<String> areas, List<String> residentGroups,
    String areasGeojson) {

  public PartnerSettings {
    kinds = kinds == null ? List.of() : List.copyOf(kinds);
    areas = areas == null ? List.of() : List.copyOf(areas);
    residentGroups = residentGroups == null ? List.of() : List.copyOf(residentGroups);
    areasGeojson = areasGeojson == null || areasGeojson.isBlank() ? null : areasGeojson.strip();
  }
}
