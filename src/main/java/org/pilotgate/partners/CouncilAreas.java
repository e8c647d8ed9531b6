package org.pilotgate.partners;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * The shapes of the council's areas, read once at start-up from {@code pilotgate.partners.areas-geojson}
 * (a {@code classpath:} or {@code file:} location) when the council supplies one. A file that is
 * missing or wrong stops the start with a message naming it and the problem: an operator who
 * configured a map expects to see it, not a page that silently leaves it out.
 */
@Component
class CouncilAreas {

  static final String SETTING = "pilotgate.partners.areas-geojson";

  private final AreaShapes shapes;

  CouncilAreas(PartnerSettings settings, ResourceLoader resources) {
    this.shapes = settings.areasGeojson() == null ? null : read(resources.getResource(settings.areasGeojson()), settings);
  }

  /** Empty when the council supplied no GeoJSON. */
  Optional<AreaShapes> shapes() {
    return Optional.ofNullable(shapes);
  }

  private static AreaShapes read(Resource file, PartnerSettings settings) {
    String problem;
    try (InputStream json = file.getInputStream()) {
      return AreaShapes.read(json, settings.areas());
    } catch (AreaShapes.BadGeoJson bad) {
      problem = bad.getMessage();
    } catch (IOException unreadable) {
      problem = "it cannot be read (" + unreadable.getMessage() + ")";
    }
    throw new IllegalStateException("The areas' GeoJSON " + SETTING + "=" + settings.areasGeojson()
        + " cannot be used for the partner map: " + problem);
  }
}
