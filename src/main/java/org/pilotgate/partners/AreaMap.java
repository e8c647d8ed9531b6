package org.pilotgate.partners;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The partner map drawn from the areas' shapes, ready for an inline SVG: each area as a path, shaded
 * by how many kinds of organisation have an engaged partner there, with its name and that count as
 * its label. Longitude and latitude are projected simply (equirectangular, longitude scaled by the
 * cosine of the middle latitude), which is true enough for the size of a council.
 */
public record AreaMap(int width, int height, List<Area> areas, List<Band> legend) {

  static final int WIDTH = 640;
  static final int MAX_HEIGHT = 560;
  static final int MARGIN = 12;

  /** One area: its outline as SVG path data, where its label goes, and its coverage. */
  public record Area(String name, String path, double labelX, double labelY, int kindsCovered, int kinds, Band band) {

    /** Its coverage in words, for the label and the text alternative. */
    public String coverage() {
      return kindsCovered + " of " + kinds + " kinds";
    }
  }

  /** How much of an area is covered, as its shade: the words say it too, so colour is not alone. */
  public enum Band {
    NONE("No engaged partners", "#f3f2f1"),
    FEW("Under a third of kinds", "#d2e2f1"),
    SOME("A third to two thirds of kinds", "#a6c5e3"),
    MOST("Two thirds of kinds or more", "#6f9fd0");

    private final String words;
    private final String fill;

    Band(String words, String fill) {
      this.words = words;
      this.fill = fill;
    }

    public String words() {
      return words;
    }

    public String fill() {
      return fill;
    }

    static Band of(int covered, int kinds) {
      if (covered == 0 || kinds == 0) {
        return NONE;
      }
      if (covered * 3 < kinds) {
        return FEW;
      }
      return covered * 3 < kinds * 2 ? SOME : MOST;
    }
  }

  static AreaMap of(AreaShapes shapes, Coverage coverage) {
    Projection projection = Projection.fitting(shapes.polygonsByArea().values().stream().flatMap(List::stream)
        .flatMap(List::stream).flatMap(List::stream).toList());
    List<Area> areas = new ArrayList<>();
    for (String area : coverage.areas()) {
      List<List<List<double[]>>> polygons = shapes.polygonsByArea().get(area);
      if (polygons == null) {
        continue;
      }
      int covered = coverage.kindsCovered(area);
      int kinds = coverage.kinds().size();
      double[] label = projection.labelPoint(polygons);
      areas.add(new Area(area, projection.path(polygons), label[0], label[1], covered, kinds, Band.of(covered, kinds)));
    }
    return new AreaMap(projection.width(), projection.height(), areas, List.of(Band.values()));
  }

  /** The areas the council lists that the GeoJSON does not draw. */
  public List<String> notDrawn(List<String> listed) {
    List<String> drawn = areas.stream().map(Area::name).toList();
    return listed.stream().filter(area -> !drawn.contains(area)).toList();
  }

  /** Each area's coverage in one sentence, for the drawing's description. */
  public String description() {
    return String.join(" ", areas.stream().map(area -> area.name() + ": " + area.coverage()
        + " of organisation have an engaged partner.").toList());
  }

  /** From longitude and latitude to the drawing's x and y (y grows downwards), fitted to its size. */
  record Projection(double west, double north, double cosine, double scale, int width, int height) {

    static Projection fitting(List<double[]> points) {
      double west = Double.MAX_VALUE;
      double east = -Double.MAX_VALUE;
      double south = Double.MAX_VALUE;
      double north = -Double.MAX_VALUE;
      for (double[] point : points) {
        west = Math.min(west, point[0]);
        east = Math.max(east, point[0]);
        south = Math.min(south, point[1]);
        north = Math.max(north, point[1]);
      }
      double cosine = Math.cos(Math.toRadians((south + north) / 2));
      double across = Math.max((east - west) * cosine, 1e-9);
      double down = Math.max(north - south, 1e-9);
      double scale = Math.min((WIDTH - 2.0 * MARGIN) / across, (MAX_HEIGHT - 2.0 * MARGIN) / down);
      return new Projection(west, north, cosine, scale, (int) Math.ceil(across * scale) + 2 * MARGIN,
          (int) Math.ceil(down * scale) + 2 * MARGIN);
    }

    double[] point(double[] position) {
      return new double[] {MARGIN + (position[0] - west) * cosine * scale, MARGIN + (north - position[1]) * scale};
    }

    /** SVG path data: every ring of every polygon, each closed; holes are cut out by the even-odd rule. */
    String path(List<List<List<double[]>>> polygons) {
      StringBuilder path = new StringBuilder();
      for (List<List<double[]>> polygon : polygons) {
        for (List<double[]> ring : polygon) {
          for (int i = 0; i < ring.size(); i++) {
            double[] xy = point(ring.get(i));
            path.append(i == 0 ? "M" : "L").append(number(xy[0])).append(' ').append(number(xy[1]));
          }
          path.append('Z');
        }
      }
      return path.toString();
    }

    /** The centroid of the area's largest outline, where its name is written. */
    double[] labelPoint(List<List<List<double[]>>> polygons) {
      double[] best = null;
      double largest = -1;
      for (List<List<double[]>> polygon : polygons) {
        List<double[]> outline = polygon.get(0).stream().map(this::point).toList();
        double[] centroid = centroid(outline);
        if (Math.abs(centroid[2]) > largest) {
          largest = Math.abs(centroid[2]);
          best = centroid;
        }
      }
      return new double[] {round(best[0]), round(best[1])};
    }

    /** x, y and signed area of a ring (the shoelace formula); its points' mean where it has no area. */
    private static double[] centroid(List<double[]> ring) {
      double area = 0;
      double x = 0;
      double y = 0;
      for (int i = 0; i < ring.size(); i++) {
        double[] a = ring.get(i);
        double[] b = ring.get((i + 1) % ring.size());
        double cross = a[0] * b[1] - b[0] * a[1];
        area += cross;
        x += (a[0] + b[0]) * cross;
        y += (a[1] + b[1]) * cross;
      }
      if (Math.abs(area) < 1e-9) {
        return new double[] {ring.stream().mapToDouble(p -> p[0]).average().orElse(0),
            ring.stream().mapToDouble(p -> p[1]).average().orElse(0), 0};
      }
      return new double[] {x / (3 * area), y / (3 * area), area / 2};
    }

    private static double round(double value) {
      return Math.round(value * 10) / 10.0;
    }

    private static String number(double value) {
      return String.format(Locale.ROOT, "%.1f", value);
    }
  }
}
