package org.pilotgate.library.web;

import org.pilotgate.web.Labels;
import org.pilotgate.web.Pagination;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.pilotgate.library.LibraryQuery;
import org.pilotgate.library.ReportDocument;

/**
 * The library page's search box and filters as a reader sent them (every value as typed, so the
 * form shows them again), read leniently: an unknown choice is ignored, a year that is not a year
 * is an error the page explains.
 */
public record SearchForm(String q, String outcome, String serviceArea, String failureReason, String council, String year,
    String evidenceLevel, String page, String size) {

  static final int PAGE_SIZE = 20;
  /** Deeper than anyone reads; it keeps page × size far from overflowing in the index. */
  static final int MAX_PAGE = 10_000;
  private static final int MAX_TEXT = 500;
  private static final Pattern YEAR = Pattern.compile("\\d{4}");

  public SearchForm {
    q = clean(q, MAX_TEXT);
    outcome = clean(outcome, 20);
    serviceArea = clean(serviceArea, 50);
    failureReason = clean(failureReason, 50);
    council = clean(council, 100);
    year = clean(year, 20);
    evidenceLevel = clean(evidenceLevel, 5);
    page = clean(page, 10);
    size = clean(size, 10);
  }

  /** Field errors, keyed by the input's id, in the order of the form. */
  Map<String, String> errors() {
    Map<String, String> errors = new LinkedHashMap<>();
    if (year != null && !YEAR.matcher(year).matches()) {
      errors.put("year", "Enter the year as 4 digits, for example 2026");
    }
    return errors;
  }

  LibraryQuery query() {
    return new LibraryQuery(q, outcomeCode(), choice(serviceArea, Labels.SERVICE_AREAS.keySet()),
        choice(failureReason, Labels.FAILURE_REASONS.keySet()), councilCode(),
        errors().containsKey("year") ? null : number(year), evidenceLevelNumber(), pageNumber(), pageSize());
  }

  /** Outcome codes as the library stores them, whatever the case the reader used. */
  String outcomeCode() {
    String upper = outcome == null ? null : outcome.toUpperCase(Locale.ROOT);
    return ReportDocument.FAILED.equals(upper) || ReportDocument.SUCCEEDED.equals(upper) ? upper : null;
  }

  /** Council codes are upper case ({@code BRS}); a reader may type {@code brs}. */
  String councilCode() {
    return council == null ? null : council.toUpperCase(Locale.ROOT);
  }

  Integer evidenceLevelNumber() {
    Integer level = number(evidenceLevel);
    return level != null && level >= 1 && level <= 5 ? level : null;
  }

  int pageNumber() {
    Integer number = number(page);
    return number == null || number < 1 ? 1 : Math.min(number, MAX_PAGE);
  }

  int pageSize() {
    Integer number = number(size);
    return number == null || number < 1 ? PAGE_SIZE : Math.min(number, LibraryQuery.MAX_SIZE);
  }

  boolean hasFilters() {
    return outcomeCode() != null || query().serviceArea() != null || query().failureReason() != null
        || council != null || year != null || evidenceLevelNumber() != null;
  }

  /** This search at another page. */
  String urlOfPage(int pageNumber) {
    Map<String, Object> values = filters(true);
    if (pageNumber > 1) {
      values.put("page", pageNumber);
    }
    return Pagination.link(LibraryPages.LIBRARY, values);
  }

  /** The same words without any filter, on the page at {@code path}. */
  String urlWithoutFilters(String path) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("q", q);
    return Pagination.link(path, values);
  }

  /** The same words and filters at {@code path}: the JSON API, or another of the library's pages. */
  String urlAt(String path) {
    return Pagination.link(path, filters(false));
  }

  private Map<String, Object> filters(boolean withSize) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("q", q);
    values.put("outcome", outcomeCode());
    values.put("serviceArea", query().serviceArea());
    values.put("failureReason", query().failureReason());
    values.put("council", councilCode());
    values.put("year", errors().containsKey("year") ? null : year);
    values.put("evidenceLevel", evidenceLevelNumber());
    if (withSize && pageSize() != PAGE_SIZE) {
      values.put("size", pageSize());
    }
    return values;
  }

  private static String choice(String value, java.util.Set<String> allowed) {
    return value != null && allowed.contains(value) ? value : null;
  }

  private static Integer number(String value) {
    if (value == null || !value.matches("\\d{1,9}")) {
      return null;
    }
    return Integer.valueOf(value);
  }

  private static String clean(String value, int maxLength) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String trimmed = value.strip();
    return trimmed.length() > maxLength ? trimmed.substring(0, maxLength) : trimmed;
  }
}
