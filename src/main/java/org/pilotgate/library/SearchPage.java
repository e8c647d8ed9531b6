package org.pilotgate.library;

import java.util.List;

/** One page of search results, best first, with the total number of matches. */
public record SearchPage(long total, int page, int size, List<Hit> hits) {

  /**
   * A matching report. {@code snippet} is HTML-escaped text of the report with the matched words
   * in {@code <mark>}; it is null when the search had no words.
   */
  public record Hit(String globalId, String council, String reference, String title, String outcome,
      String serviceArea, int year, Integer evidenceLevel, String snippet, float score) {}

  public int pages() {
    return (int) Math.max(1, (total + size - 1) / size);
  }
}
