package org.pilotgate.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The part of docs/benchmarks.md a benchmark writes: the text between its two marker comments,
 * replaced on every run so the page shows the latest numbers; the prose around it is written by hand.
 */
public final class BenchmarkSection {

  private BenchmarkSection() {}

  public static void write(Path page, String name, String heading, String results) throws IOException {
    String start = "<!-- " + name + " results: written by the benchmark, replaced on every run -->";
    String end = "<!-- end of " + name + " results -->";
    String text = Files.readString(page);
    int from = text.indexOf(start);
    int to = text.indexOf(end);
    String block = start + "\n" + results.strip() + "\n" + end;
    String updated = from >= 0 && to > from
        ? text.substring(0, from) + block + text.substring(to + end.length())
        : text.stripTrailing() + "\n\n## " + heading + "\n\n" + block + "\n";
    Files.writeString(page, updated);
  }
}
