package org.pilotgate.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pilotgate.partners.AreaMap.Band;
import org.pilotgate.partners.PartnerDetails.DataSharing;
import org.pilotgate.partners.PartnerDetails.Sector;
import org.pilotgate.partners.PartnerDetails.Status;
import org.springframework.core.io.DefaultResourceLoader;

/** The partner map's drawing: GeoJSON read and checked, projected, and each area shaded by its coverage. */
class AreaMapTest {

  private static final List<String> AREAS = List.of("Abbey", "Castle");
  private static final List<String> KINDS = List.of("Bus drivers", "Pharmacists", "Postal workers");

  @Test
  void aSquareDegreeFarNorthIsDrawnNarrowerThanTallByTheCosineOfItsLatitude() {
    AreaMap map = AreaMap.of(shapes(feature("Abbey", polygon(square(0, 60, 1)))), coverage());

    double across = map.width() - 2.0 * AreaMap.MARGIN;
    double down = map.height() - 2.0 * AreaMap.MARGIN;
    assertThat(down).isEqualTo(AreaMap.MAX_HEIGHT - 2.0 * AreaMap.MARGIN);
    assertThat(across / down).isCloseTo(Math.cos(Math.toRadians(60.5)), org.assertj.core.data.Offset.offset(0.01));
  }

  @Test
  void northIsUpAndEastIsRight() {
    AreaMap map = AreaMap.of(shapes(feature("Abbey", polygon(square(0, 0, 1))),
        feature("Castle", polygon(square(2, 0, 1)))), coverage());
    AreaMap.Area abbey = map.areas().get(0);
    AreaMap.Area castle = map.areas().get(1);
    assertThat(castle.labelX()).isGreaterThan(abbey.labelX());
    assertThat(castle.labelY()).isEqualTo(abbey.labelY());
    assertThat(abbey.path()).startsWith("M12.0 ");
    assertThat(abbey.labelY()).isGreaterThan(AreaMap.MARGIN).isLessThan(map.height() - AreaMap.MARGIN);
  }

  @Test
  void aPolygonWithAHoleAndAMultiPolygonDrawEveryRingAndLabelTheLargestPart() {
    String withHole = "[" + square(0, 0, 4) + "," + square(1, 1, 1) + "]";
    String islands = "[" + polygon(square(10, 0, 1)) + "," + polygon(square(12, 0, 3)) + "]";
    AreaMap map = AreaMap.of(shapes(feature("Abbey", withHole), multiFeature("Castle", islands)), coverage());

    assertThat(map.areas().get(0).path().chars().filter(c -> c == 'M')).hasSize(2);
    assertThat(map.areas().get(0).path()).endsWith("Z");
    AreaMap.Area castle = map.areas().get(1);
    assertThat(castle.path().chars().filter(c -> c == 'M')).hasSize(2);
    assertThat(castle.labelX()).as("the middle of the larger island, 13.5 of 15 degrees east")
        .isGreaterThan(map.width() * 0.8);
  }

  @Test
  void eachAreaIsShadedAndLabelledByHowManyKindsHaveAnEngagedPartnerThere() {
    Coverage coverage = Coverage.of(List.of(partner("Bus drivers", Status.ENGAGED, "Abbey"),
        partner("Pharmacists", Status.PARTNER, "Abbey"), partner("Postal workers", Status.MAPPED, "Castle")), AREAS, KINDS);
    AreaMap map = AreaMap.of(shapes(feature("Abbey", polygon(square(0, 0, 1))),
        feature("Castle", polygon(square(1, 0, 1)))), coverage);

    assertThat(map.areas()).extracting(AreaMap.Area::name, AreaMap.Area::coverage, AreaMap.Area::band)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Abbey", "2 of 3 kinds", Band.MOST),
            org.assertj.core.groups.Tuple.tuple("Castle", "0 of 3 kinds", Band.NONE));
    assertThat(map.description()).isEqualTo("Abbey: 2 of 3 kinds of organisation have an engaged partner. "
        + "Castle: 0 of 3 kinds of organisation have an engaged partner.");
    assertThat(map.legend()).containsExactly(Band.values());
  }

  @Test
  void bandsSplitTheKindsIntoThirds() {
    assertThat(List.of(Band.of(0, 11), Band.of(3, 11), Band.of(4, 11), Band.of(7, 11), Band.of(8, 11), Band.of(11, 11)))
        .containsExactly(Band.NONE, Band.FEW, Band.SOME, Band.SOME, Band.MOST, Band.MOST);
  }

  @Test
  void anAreaTheFileDoesNotDrawIsNamedAsMissing() {
    AreaMap map = AreaMap.of(shapes(feature("castle", polygon(square(0, 0, 1)))), coverage());
    assertThat(map.areas()).extracting(AreaMap.Area::name).containsExactly("Castle");
    assertThat(map.notDrawn(AREAS)).containsExactly("Abbey");
  }

  @Test
  void badGeoJsonIsRefusedNamingTheFeatureAndTheProblem() {
    assertBad("{\"type\":", "it is not JSON");
    assertBad("{\"type\":\"Feature\"}", "it is not a GeoJSON FeatureCollection");
    assertBad(collection(), "its FeatureCollection has no features");
    assertBad(collection(feature("Atlantis", polygon(square(0, 0, 1)))),
        "feature 1 (\"Atlantis\"): its property \"name\" must be one of the areas [Abbey, Castle]");
    assertBad(collection(feature("Abbey", polygon(square(0, 0, 1))),
        "{\"type\":\"Feature\",\"properties\":{\"name\":\"Castle\"},\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[0,0],[1,1]]}}"),
        "feature 2 (\"Castle\"): its geometry is a LineString, not a Polygon or MultiPolygon");
    assertBad(collection(feature("Abbey", "[[[0,0],[1,0],[0,0]]]")), "feature 1 (\"Abbey\"): a ring of its polygon has fewer than 4 positions");
    assertBad(collection(feature("Abbey", "[[[0,0],[1,0],[1,\"north\"],[0,0]]]")),
        "feature 1 (\"Abbey\"): [1,\"north\"] is not a [longitude, latitude] position");
    assertBad(collection(feature("Abbey", "[[[0,0],[1,0],[1,91],[0,0]]]")), "[1,91] is not a [longitude, latitude]");
  }

  @Test
  void aWrongOrMissingFileStopsTheStartNamingTheSettingTheFileAndTheProblem(@TempDir Path folder) throws IOException {
    Path wrong = Files.writeString(folder.resolve("wards.geojson"), collection(feature("Atlantis", polygon(square(0, 0, 1)))));
    assertThatThrownBy(() -> councilAreas("file:" + wrong)).isInstanceOf(IllegalStateException.class)
        .hasMessage("The areas' GeoJSON pilotgate.partners.areas-geojson=file:" + wrong + " cannot be used for the "
            + "partner map: feature 1 (\"Atlantis\"): its property \"name\" must be one of the areas [Abbey, Castle] "
            + "(pilotgate.partners.areas)");
    assertThatThrownBy(() -> councilAreas("file:" + folder.resolve("missing.geojson")))
        .hasMessageContaining("missing.geojson cannot be used for the partner map: it cannot be read");
    assertThat(councilAreas(null).shapes()).isEmpty();
  }

  @Test
  void theDemoDrawsEachOfItsFiveWards() {
    CouncilAreas demo = new CouncilAreas(new PartnerSettings(KINDS,
        List.of("Abbey", "Brookside", "Castle", "Riverside", "Westfield"), List.of(), "classpath:partners/demo-wards.geojson"),
        new DefaultResourceLoader());
    assertThat(demo.shapes().orElseThrow().polygonsByArea())
        .containsOnlyKeys("Abbey", "Brookside", "Castle", "Riverside", "Westfield");
    assertThat(demo.shapes().orElseThrow().polygonsByArea().get("Riverside")).hasSize(2);
  }

  private static CouncilAreas councilAreas(String location) {
    return new CouncilAreas(new PartnerSettings(KINDS, AREAS, List.of(), location), new DefaultResourceLoader());
  }

  private static void assertBad(String json, String problem) {
    assertThatThrownBy(() -> AreaShapes.read(stream(json), AREAS)).isInstanceOf(AreaShapes.BadGeoJson.class)
        .hasMessageContaining(problem);
  }

  private static Coverage coverage() {
    return Coverage.of(List.of(), AREAS, KINDS);
  }

  private static AreaShapes shapes(String... features) {
    try {
      return AreaShapes.read(stream(collection(features)), AREAS);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static ByteArrayInputStream stream(String json) {
    return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
  }

  private static String collection(String... features) {
    return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
  }

  private static String feature(String name, String coordinates) {
    return geometry(name, "Polygon", coordinates);
  }

  private static String multiFeature(String name, String coordinates) {
    return geometry(name, "MultiPolygon", coordinates);
  }

  private static String geometry(String name, String type, String coordinates) {
    return "{\"type\":\"Feature\",\"properties\":{\"name\":\"" + name + "\"},\"geometry\":{\"type\":\"" + type
        + "\",\"coordinates\":" + coordinates + "}}";
  }

  private static String polygon(String ring) {
    return "[" + ring + "]";
  }

  /** A closed square ring from (west, south), {@code size} degrees a side. */
  private static String square(double west, double south, double size) {
    return "[[%s,%s],[%s,%s],[%s,%s],[%s,%s],[%s,%s]]".formatted(west, south, west + size, south, west + size,
        south + size, west, south + size, west, south);
  }

  private static Partner partner(String kind, Status status, String... areas) {
    return new Partner(1, new PartnerDetails("Any", Sector.PRIVATE, kind, List.of(areas), null, List.of(), null,
        DataSharing.NONE, status), 1, "cam", Instant.EPOCH, "cam", Instant.EPOCH);
  }
}
