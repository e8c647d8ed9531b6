package org.pilotgate.partners;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The council's areas as shapes, read from a GeoJSON FeatureCollection: one Feature per area (or
 * several, for an area in parts), named by its {@code name} property, with a Polygon or MultiPolygon
 * geometry. Each polygon is a list of rings of [longitude, latitude] points: its outline, then any holes.
 */
public record AreaShapes(Map<String, List<List<List<double[]>>>> polygonsByArea) {

  /** The property that names a feature's area, as one of {@code pilotgate.partners.areas}. */
  static final String NAME_PROPERTY = "name";

  /** A file that is not the GeoJSON the map needs; the message names the feature and the problem. */
  static final class BadGeoJson extends IllegalArgumentException {
    BadGeoJson(String problem) {
      super(problem);
    }
  }

  /** Reads the features of {@code json}, each of which must name one of {@code areas} (in any case). */
  static AreaShapes read(InputStream json, List<String> areas) throws IOException {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(json);
    } catch (JsonProcessingException notJson) {
      throw new BadGeoJson("it is not JSON (" + notJson.getOriginalMessage() + ")");
    }
    if (root == null || !"FeatureCollection".equals(root.path("type").asText()) || !root.path("features").isArray()) {
      throw new BadGeoJson("it is not a GeoJSON FeatureCollection with a list of features");
    }
    if (root.path("features").isEmpty()) {
      throw new BadGeoJson("its FeatureCollection has no features");
    }
    Map<String, String> areasByKey = new LinkedHashMap<>();
    areas.forEach(area -> areasByKey.put(key(area), area));
    Map<String, List<List<List<double[]>>>> polygons = new LinkedHashMap<>();
    int number = 0;
    for (JsonNode feature : root.path("features")) {
      number++;
      String name = feature.path("properties").path(NAME_PROPERTY).asText("");
      String area = areasByKey.get(key(name));
      String which = "feature " + number + (name.isBlank() ? "" : " (\"" + name + "\")");
      if (area == null) {
        throw new BadGeoJson(which + ": its property \"" + NAME_PROPERTY + "\" must be one of the areas "
            + areas + " (pilotgate.partners.areas)");
      }
      polygons.computeIfAbsent(area, a -> new ArrayList<>()).addAll(polygons(feature.path("geometry"), which));
    }
    return new AreaShapes(polygons);
  }

  private static List<List<List<double[]>>> polygons(JsonNode geometry, String which) {
    String type = geometry.path("type").asText("");
    JsonNode coordinates = geometry.path("coordinates");
    if (!coordinates.isArray() || coordinates.isEmpty()) {
      throw new BadGeoJson(which + ": its geometry has no coordinates");
    }
    List<List<List<double[]>>> polygons = new ArrayList<>();
    switch (type) {
      case "Polygon" -> polygons.add(polygon(coordinates, which));
      case "MultiPolygon" -> coordinates.forEach(polygon -> polygons.add(polygon(polygon, which)));
      default -> throw new BadGeoJson(which + ": its geometry is "
          + (type.isBlank() ? "missing" : "a " + type) + ", not a Polygon or MultiPolygon");
    }
    return polygons;
  }

  private static List<List<double[]>> polygon(JsonNode rings, String which) {
    List<List<double[]>> polygon = new ArrayList<>();
    for (JsonNode ring : rings) {
      if (!ring.isArray() || ring.size() < 4) {
        throw new BadGeoJson(which + ": a ring of its polygon has fewer than 4 positions");
      }
      List<double[]> points = new ArrayList<>();
      ring.forEach(position -> points.add(position(position, which)));
      polygon.add(points);
    }
    if (polygon.isEmpty()) {
      throw new BadGeoJson(which + ": a polygon has no rings");
    }
    return polygon;
  }

  private static double[] position(JsonNode position, String which) {
    double longitude = position.path(0).asDouble(Double.NaN);
    double latitude = position.path(1).asDouble(Double.NaN);
    if (!position.path(0).isNumber() || !position.path(1).isNumber() || Math.abs(longitude) > 180
        || Math.abs(latitude) > 90) {
      throw new BadGeoJson(which + ": " + position + " is not a [longitude, latitude] position");
    }
    return new double[] {longitude, latitude};
  }

  private static String key(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }
}
