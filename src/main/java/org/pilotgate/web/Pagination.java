package org.pilotgate.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The GOV.UK pagination component's items: the first and last page, the current page and its
 * neighbours, an ellipsis for each gap, and the previous and next links (null when there is none).
 */
public record Pagination(String previous, String next, List<Item> items) {

  /** A page link, or an ellipsis when {@code number} is 0. */
  public record Item(int number, String href, boolean current) {

    public boolean ellipsis() {
      return number == 0;
    }

    /** The component's modifier class (a template attribute cannot hold it: Thymeleaf reads "__" as preprocessing). */
    public String modifier() {
      return ellipsis() ? "govuk-pagination__item--ellipsis" : current ? "govuk-pagination__item--current" : "";
    }
  }

  public static Pagination of(int page, int pages, IntFunction<String> hrefOfPage) {
    List<Item> items = new ArrayList<>();
    int last = 0;
    for (int number = 1; number <= pages; number++) {
      if (number == 1 || number == pages || Math.abs(number - page) <= 1) {
        if (number - last > 1) {
          items.add(new Item(0, null, false));
        }
        items.add(new Item(number, hrefOfPage.apply(number), number == page));
        last = number;
      }
    }
    return new Pagination(page > 1 ? hrefOfPage.apply(Math.min(page - 1, pages)) : null,
        page < pages ? hrefOfPage.apply(page + 1) : null, items);
  }

  /** Worth showing: there is more than one page, or the reader is past the last one. */
  public boolean needed() {
    return items.size() > 1 || previous != null;
  }

  /** The path with the non-null values as query parameters, each value encoded strictly ("+" and "&" too). */
  public static String link(String path, Map<String, ?> values) {
    UriComponentsBuilder url = UriComponentsBuilder.fromPath(path);
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((name, value) -> {
      if (value != null) {
        url.queryParam(name, "{" + name + "}");
        variables.put(name, value);
      }
    });
    return url.encode().buildAndExpand(variables).toUriString();
  }
}
