package org.pilotgate.library.web;

import java.time.Clock;
import org.pilotgate.web.Labels;
import org.pilotgate.web.Pagination;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pilotgate.PilotGateProperties;
import org.pilotgate.governance.PilotRecords;
import org.pilotgate.library.CouncilNames;
import org.pilotgate.library.Insight;
import org.pilotgate.library.Insights;
import org.pilotgate.library.LibraryIndex;
import org.pilotgate.library.LibraryQuery;
import org.pilotgate.library.LibraryStore;
import org.pilotgate.library.PriorWorkMatch;
import org.pilotgate.library.PublishedReport;
import org.pilotgate.library.ReportDocument;
import org.pilotgate.library.ReportFigures;
import org.pilotgate.library.WhatWorks;
import org.pilotgate.library.SearchPage;
import org.pilotgate.report.Compliance;
import org.pilotgate.report.ReportObligations;
import org.pilotgate.report.ReportStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The learning library's public pages, open to everyone without signing in: search with filters,
 * each report, and the compliance view of stopped pilots and their failure reports.
 */
@Controller
@RequestMapping(LibraryPages.LIBRARY)
class LibraryPages {

  static final String LIBRARY = "/library";
  static final String FEED = "/library/feed.atom";
  static final String API = "/api/library/reports";
  static final String COMPLIANCE = "/library/compliance";
  static final String WHAT_WORKS = "/library/what-works";
  static final String WHAT_WORKS_API = "/api/library/what-works";
  static final String INSIGHTS = "/library/insights";
  static final int SIMILAR_REPORTS = 6;

  private static final Logger LOG = LoggerFactory.getLogger(LibraryPages.class);

  private final LibraryIndex index;
  private final LibraryStore store;
  private final ReportObligations obligations;
  private final PilotRecords records;
  private final PilotGateProperties properties;
  private final Clock clock;
  private final Labels labels;
  private final CouncilNames councils;
  private final Insights insights;

  LibraryPages(LibraryIndex index, LibraryStore store, ReportObligations obligations, PilotRecords records,
      PilotGateProperties properties, CouncilNames councils, Insights insights, Clock clock) {
    this.index = index;
    this.store = store;
    this.insights = insights;
    this.obligations = obligations;
    this.records = records;
    this.properties = properties;
    this.labels = new Labels(properties.zone());
    this.councils = councils;
    this.clock = clock;
  }

  @ModelAttribute
  void common(Model model, Principal user) {
    // the pages are open to everyone; whoever is signed in may sign out from them
    model.addAttribute("signedIn", user != null);
    model.addAttribute("fmt", labels);
    // councils.name(code): what a reader calls a council; links and the API keep the code
    model.addAttribute("councils", councils);
    model.addAttribute("feedUrl", FEED);
    model.addAttribute("apiUrl", API);
    model.addAttribute("complianceUrl", COMPLIANCE);
    model.addAttribute("whatWorksUrl", WHAT_WORKS);
    model.addAttribute("insightsUrl", INSIGHTS);
  }

  /** The search page: words, filters, a page of results (20 by default), newest first without words. */
  @GetMapping
  String search(SearchForm form, Model model) {
    LibraryQuery query = form.query();
    SearchPage results = index.search(query);
    filters(form, query, model);
    model.addAttribute("results", results);
    model.addAttribute("resultCount", results.total() == 0 ? "No reports found"
        : labels.plural(results.total(), "report") + " found");
    model.addAttribute("searched", query.hasText() || form.hasFilters());
    model.addAttribute("pagination", Pagination.of(query.page(), results.pages(), form::urlOfPage));
    model.addAttribute("clearFiltersUrl", form.urlWithoutFilters(LIBRARY));
    model.addAttribute("searchApiUrl", form.urlAt(API));
    model.addAttribute("searchWhatWorksUrl", form.urlAt(WHAT_WORKS));
    return "library/search";
  }

  /** What the filters (templates/library/filters.html) show: the form as sent, the choices understood, the errors. */
  private static void filters(SearchForm form, LibraryQuery query, Model model) {
    model.addAttribute("form", form);
    model.addAttribute("selectedOutcome", query.outcome());
    model.addAttribute("selectedServiceArea", query.serviceArea());
    model.addAttribute("selectedFailureReason", query.failureReason());
    model.addAttribute("selectedEvidenceLevel", query.evidenceLevel());
    model.addAttribute("errors", form.errors());
  }

  /** What works among the reports the filters match, as charts with their tables. */
  @GetMapping("/what-works")
  String whatWorks(SearchForm form, Model model) {
    LibraryQuery query = form.query();
    WhatWorks figures = index.whatWorks(query);
    filters(form, query, model);
    model.addAttribute("figures", figures);
    model.addAttribute("pilotCount", labels.plural(figures.pilots(), "pilot"));
    model.addAttribute("charts", WhatWorksCharts.of(figures, labels));
    model.addAttribute("clearFiltersUrl", form.urlWithoutFilters(WHAT_WORKS));
    model.addAttribute("whatWorksApiUrl", form.urlAt(WHAT_WORKS_API));
    model.addAttribute("reportsUrl", form.urlAt(LIBRARY));
    model.addAttribute("insights", insights.published());
    return "library/what-works";
  }

  /** The champions' published "what works" insights, newest first. */
  @GetMapping("/insights")
  String insights(Model model) {
    model.addAttribute("insights", insights.published());
    return "library/insights";
  }

  /** A published insight with the reports it draws on; "Page not found" for any note not (yet) approved. */
  @GetMapping("/insights/{id}")
  ModelAndView insight(@PathVariable long id) {
    Optional<Insight> found = insights.published(id);
    if (found.isEmpty()) {
      ModelAndView notFound = new ModelAndView("library/not-found");
      notFound.setStatus(HttpStatus.NOT_FOUND);
      return notFound;
    }
    ModelAndView page = new ModelAndView("library/insight");
    page.addObject("insight", found.get());
    page.addObject("reports", found.get().reports().stream().map(store::find).flatMap(Optional::stream)
        .map(PublishedReport::document).toList());
    return page;
  }

  /** A report, with the reports most like it; a GOV.UK "Page not found" when there is none. */
  @GetMapping("/reports/{council}/{reference}")
  ModelAndView report(@PathVariable String council, @PathVariable String reference) {
    Optional<PublishedReport> found = store.find(ReportDocument.globalId(council, reference));
    if (found.isEmpty()) {
      ModelAndView notFound = new ModelAndView("library/not-found");
      notFound.setStatus(HttpStatus.NOT_FOUND);
      return notFound;
    }
    ReportDocument report = found.get().document();
    ModelAndView page = new ModelAndView("library/report");
    page.addObject("report", report);
    page.addObject("figures", ReportFigures.of(report));
    page.addObject("similar", similarTo(report));
    page.addObject("reportApiUrl", API + "/" + report.globalId());
    return page;
  }

  /**
   * This council's report by its pilot's reference alone, the address Tasklist links to when a reviewer
   * approves a report (the report appears there once the publishing job has run).
   */
  @GetMapping("/reports/{reference}")
  String ownReport(@PathVariable String reference) {
    return "redirect:" + LibraryIndex.reportPath(ReportDocument.globalId(properties.councilCode(), reference));
  }

  /**
   * Every stopped pilot, whether its failure report is ongoing, overdue, on time or late, and the share
   * per year; and the pilots an operator withdrew before their trial, which owe no report.
   */
  @GetMapping("/compliance")
  String compliance(Model model) {
    Compliance compliance = Compliance.of(obligations.all(), clock.instant(), properties.zone());
    model.addAttribute("pilots", compliance.pilots());
    model.addAttribute("withdrawn", records.withdrawnPilots());
    model.addAttribute("years", compliance.years().stream().map(year -> YearRow.of(year, labels)).toList());
    model.addAttribute("councilCode", properties.councilCode());
    model.addAttribute("deadline", labels.period(properties.failureReport().deadline()));
    return "library/compliance";
  }

  /** One year of the compliance table, by the year the pilots stopped. */
  public record YearRow(int year, int stopped, int ongoing, int overdue, int onTime, int late, String shareOnTime) {

    static YearRow of(Compliance.Year year, Labels labels) {
      Map<ReportStatus, Integer> counts = year.counts();
      int ongoing = counts.getOrDefault(ReportStatus.ONGOING, 0);
      int overdue = counts.getOrDefault(ReportStatus.OVERDUE, 0);
      int onTime = counts.getOrDefault(ReportStatus.REPORTED_ON_TIME, 0);
      int late = counts.getOrDefault(ReportStatus.REPORTED_LATE, 0);
      boolean anyDue = overdue + onTime + late > 0;
      return new YearRow(year.year(), ongoing + overdue + onTime + late, ongoing, overdue, onTime, late,
          anyDue ? labels.percent(year.shareOnTime()) : "None due yet");
    }
  }

  private List<PriorWorkMatch> similarTo(ReportDocument report) {
    try {
      return index.similarTo(report.title(), report.narrative(), report.serviceArea(), SIMILAR_REPORTS + 1, 0)
          .stream()
          .filter(match -> !match.globalId().equals(report.globalId()))
          .limit(SIMILAR_REPORTS)
          .toList();
    } catch (RuntimeException e) {
      // the report is worth reading without its neighbours
      LOG.warn("Similar reports to {} could not be found", report.globalId(), e);
      return List.of();
    }
  }
}
