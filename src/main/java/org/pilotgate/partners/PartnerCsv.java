package org.pilotgate.partners;

import static org.pilotgate.library.SpreadsheetCells.cell;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The register as CSV, the way councils keep such lists in spreadsheets: a header row naming the
 * fields ({@link PartnerFields}), one organisation a row, the areas and resident groups separated by
 * semicolons. The file an export gives back is a file the import takes.
 */
final class PartnerCsv {

  static final String SEPARATOR = ";";
  static final List<String> COLUMNS = List.copyOf(PartnerFields.LABELS.keySet());
  /** The open data: the organisation, never its contact. */
  static final List<String> OPEN_COLUMNS = List.of(PartnerFields.NAME, PartnerFields.SECTOR, PartnerFields.KIND,
      PartnerFields.AREAS, PartnerFields.TOUCHPOINTS, PartnerFields.RESIDENT_GROUPS, PartnerFields.STATUS);

  static final String NOT_UTF8 = "CSV file: save the file as CSV UTF-8 and import it again";

  /** Either the partners of a file or what is wrong with it, each problem with its line. */
  record Read(List<PartnerDetails> partners, List<String> problems) {}

  private PartnerCsv() {}

  static void write(List<Partner> partners, List<String> columns, Writer out) throws IOException {
    try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(columns.toArray(String[]::new)).get())) {
      for (Partner partner : partners) {
        var values = PartnerFields.values(partner.details());
        csv.printRecord(columns.stream().map(column -> cell(String.join(SEPARATOR + " ", values.get(column)))).toList());
      }
    }
  }

  /** Reads and checks every row; {@code registered} holds the normalised names already in the register. */
  static Read read(Reader in, PartnerChoices choices, Set<String> registered) {
    List<PartnerDetails> partners = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    Set<String> names = new HashSet<>();
    try (CSVParser csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
        .setIgnoreEmptyLines(true).get().parse(in)) {
      List<String> missing = COLUMNS.stream().filter(column -> !csv.getHeaderMap().containsKey(column)).toList();
      if (!missing.isEmpty()) {
        return new Read(List.of(), List.of("Line 1: the header row must name the columns " + String.join(", ", COLUMNS)
            + "; it lacks " + String.join(", ", missing)));
      }
      for (CSVRecord row : csv) {
        // the header is line 1; a row's own line is where it starts in the file
        String line = "Line " + (row.getRecordNumber() + 1) + ": ";
        PartnerEntry.Checked checked = PartnerEntry.read(values(row), choices);
        checked.problems().values().forEach(problem -> problems.add(line + problem));
        String name = checked.valid() ? PartnerDetails.normalised(checked.details().name()) : null;
        if (name != null && registered.contains(name)) {
          problems.add(line + new NameTaken(checked.details().name()).getMessage());
        } else if (name != null && !names.add(name)) {
          problems.add(line + new NameTaken(checked.details().name()).getMessage() + " (twice in this file)");
        }
        if (checked.valid()) {
          partners.add(checked.details());
        }
      }
    } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException unreadable) {
      return new Read(List.of(), List.of(notUtf8(unreadable) ? NOT_UTF8
          : "CSV file: PilotGate cannot read it as CSV (" + unreadable.getMessage() + ")"));
    }
    return new Read(problems.isEmpty() ? partners : List.of(), problems);
  }

  private static Function<String, List<String>> values(CSVRecord row) {
    return column -> {
      String value = row.isSet(column) ? row.get(column) : null;
      if (value == null) {
        return List.of();
      }
      return PartnerFields.LISTS.contains(column) ? Arrays.asList(value.split(SEPARATOR)) : List.of(value);
    };
  }

  private static boolean notUtf8(Exception unreadable) {
    return unreadable instanceof CharacterCodingException || unreadable.getCause() instanceof CharacterCodingException;
  }
}
