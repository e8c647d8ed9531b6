package org.pilotgate.library.web;

import java.util.List;
import java.util.function.Function;
import org.pilotgate.library.WhatWorks;

/**
 * A horizontal bar chart drawn as inline SVG (templates/library/bar-chart.html), each bar labelled
 * with its name and its value in words so that colour carries no meaning, then the same rows as a table.
 *
 * @param id unique on the page: the SVG's title and description are named by it
 * @param caption the chart's title and the table's caption
 * @param description what the chart shows, for a screen reader (the SVG's desc)
 * @param nameHeading the table's first column heading
 */
public record BarChart(String id, String caption, String description, String nameHeading, String valueHeading,
    List<Bar> bars) {

  static final int ROW_HEIGHT = 44;
  /** The longest bar, in the SVG's units (its viewBox is wider to leave room for the value). */
  static final int MAX_BAR = 480;

  /** {@code length} is in the SVG's units, from 0 to {@link #MAX_BAR}. */
  public record Bar(String name, String value, long length) {}

  /** Bars of pilot counts, the longest for the largest count. */
  static BarChart ofCounts(String id, String caption, String description, String nameHeading,
      List<WhatWorks.Count> counts, Function<String, String> name) {
    long largest = counts.stream().mapToLong(WhatWorks.Count::pilots).max().orElse(0);
    return new BarChart(id, caption, description, nameHeading, "Pilots", counts.stream()
        .map(count -> new Bar(name.apply(count.code()), Long.toString(count.pilots()), length(count.pilots(), largest)))
        .toList());
  }

  public int height() {
    return Math.max(bars.size(), 1) * ROW_HEIGHT;
  }

  public int labelY(int row) {
    return row * ROW_HEIGHT + 14;
  }

  public int barY(int row) {
    return row * ROW_HEIGHT + 20;
  }

  public long valueX(Bar bar) {
    return bar.length() + 8;
  }

  static long length(double value, double largest) {
    return largest <= 0 ? 0 : Math.round(value / largest * MAX_BAR);
  }
}
