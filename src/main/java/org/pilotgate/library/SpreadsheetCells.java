package org.pilotgate.library;

/** Text for a CSV cell that a spreadsheet opening the file will not run. */
public final class SpreadsheetCells {

  private SpreadsheetCells() {}

  /** Text as a spreadsheet will not mistake for a formula (OWASP's advice for CSV injection). */
  public static String cell(String text) {
    if (text == null) {
      return "";
    }
    return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
  }
}
