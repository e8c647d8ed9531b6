package org.pilotgate.library;

/**
 * A search of the library: words (blank for everything, newest first) and filters, each null when
 * not used; pages count from 1.
 */
public record LibraryQuery(
    String text,
    String outcome,
    String serviceArea,
    String failureReason,
    String council,
    Integer year,
    Integer evidenceLevel,
    int page,
    int size) {

  public static final int MAX_SIZE = 100;
  public static final int MAX_PAGE = 10_000;

  public LibraryQuery {
    page = Math.min(Math.max(page, 1), MAX_PAGE);
    size = size < 1 ? 20 : Math.min(size, MAX_SIZE);
  }

  public static LibraryQuery forText(String text) {
    return new LibraryQuery(text, null, null, null, null, null, null, 1, 20);
  }

  public boolean hasText() {
    return text != null && !text.isBlank();
  }
}
