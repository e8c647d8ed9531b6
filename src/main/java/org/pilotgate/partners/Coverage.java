package org.pilotgate.partners;

import java.util.List;

/**
 * The map's matrix: for each area (row) and kind of organisation (column), how many engaged partners
 * (engaged or partner) cover it. A cell of 0 is a gap.
 */
public record Coverage(List<String> areas, List<String> kinds, int[][] counts) {

  static Coverage of(List<Partner> partners, List<String> areas, List<String> kinds) {
    int[][] counts = new int[areas.size()][kinds.size()];
    for (Partner partner : partners) {
      int kind = kinds.indexOf(partner.details().kind());
      if (!partner.details().engaged() || kind < 0) {
        continue;
      }
      for (String area : partner.details().areas()) {
        int row = areas.indexOf(area);
        if (row >= 0) {
          counts[row][kind]++;
        }
      }
    }
    return new Coverage(List.copyOf(areas), List.copyOf(kinds), counts);
  }

  public int count(String area, String kind) {
    return counts[areas.indexOf(area)][kinds.indexOf(kind)];
  }

  /** How many kinds of organisation have an engaged partner in the area. */
  public int kindsCovered(String area) {
    int covered = 0;
    for (int count : counts[areas.indexOf(area)]) {
      covered += count > 0 ? 1 : 0;
    }
    return covered;
  }

  /** Cells with no engaged partner. */
  public long gaps() {
    long gaps = 0;
    for (int[] row : counts) {
      for (int count : row) {
        gaps += count == 0 ? 1 : 0;
      }
    }
    return gaps;
  }
}
