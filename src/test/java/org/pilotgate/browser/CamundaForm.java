package org.pilotgate.browser;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A Camunda Form as form-js 1.8 renders it in Tasklist, or one row of a dynamic list in it. Fields
 * are found by their visible labels, as a person finds them, never by generated ids.
 */
public final class CamundaForm {

  /** How PilotGate's date fields take a typed date (text fields, as form-js 1.8's date picker is month/day/year). */
  private static final DateTimeFormatter TYPED_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final Browser browser;
  private final WebElement scope;
  /** For one row of a dynamic list: the suffix form-js gives the ids of its fields ("_0"); otherwise empty. */
  private final String row;
  /** What was typed into this form and its rows, to check with {@link #holdsWhatWasTyped()}. */
  private final List<Typed> typed;

  CamundaForm(Browser browser, WebElement scope) {
    this(browser, scope, "", new ArrayList<>());
  }

  private CamundaForm(Browser browser, WebElement scope, String row, List<Typed> typed) {
    this.browser = browser;
    this.scope = scope;
    this.row = row;
    this.typed = typed;
  }

  private record Typed(CamundaForm form, String label, String text) {}

  /**
   * Types {@code value} into the text field, text area or number field labelled {@code label}, and
   * waits until the field holds it (form-js may re-render a row just added and lose early keys).
   */
  public CamundaForm type(String label, Object value) {
    String text = String.valueOf(value);
    forget(label);
    typed.add(new Typed(this, label, text));
    browser.waitUntil(d -> typedAgainIfLost(label, text));
    return this;
  }

  /**
   * Waits until every field typed into still shows what was typed, typing again what was lost.
   * form-js 1.8 keeps typed text for 300 ms before taking it, and in a list row just added it can
   * drop that text when the next field of the row changes sooner; a person typing at human speed
   * does not meet this, a test driver does.
   */
  public CamundaForm holdsWhatWasTyped() {
    browser.waitUntil(d -> typed.stream().allMatch(t -> t.form().typedAgainIfLost(t.label(), t.text())));
    return this;
  }

  private void forget(String label) {
    typed.removeIf(t -> t.form() == this && t.label().equals(label));
  }

  private boolean typedAgainIfLost(String label, String text) {
    WebElement input = field(label);
    if (text.equals(input.getDomProperty("value"))) {
      return true;
    }
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
    input.sendKeys(text);
    return false;
  }

  /** Empties the field labelled {@code label}, as a person deleting what they typed. */
  public CamundaForm empty(String label) {
    forget(label);
    field(label).sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
    return this;
  }

  /** Picks {@code option} in the select labelled {@code label}. */
  public CamundaForm choose(String label, String option) {
    WebElement input = field(label);
    WebElement display = browser.driver().findElement(By.id(input.getAttribute("id") + "-display"));
    scrollTo(display).click();
    WebElement group = display.findElement(By.xpath("ancestor::div[contains(@class,'fjs-form-field')][1]"));
    group.findElements(By.cssSelector(".fjs-dropdownlist-item")).stream()
        .filter(item -> item.getText().trim().equals(option)).findFirst()
        .orElseThrow(() -> new AssertionError("no option '" + option + "' in " + label))
        .click();
    return this;
  }

  /** A date as a person in the UK types it into a date field: day/month/year. */
  public static String typed(LocalDate date) {
    return date.format(TYPED_DATE);
  }

  /** Ticks the radio button, checkbox or checklist option labelled {@code label}. */
  public CamundaForm tick(String label) {
    WebElement input = field(label);
    if (!input.isSelected()) {
      scrollTo(input);
      ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].click();", input);
    }
    return this;
  }

  /** Adds a row to the dynamic list labelled {@code list} ("Add new") and returns it. */
  public CamundaForm addRow(String list) {
    WebElement group = list(list);
    int before = rows(group).size();
    scrollTo(group.findElement(By.cssSelector(".fjs-repeat-render-add"))).click();
    browser.waitUntil(d -> rows(group).size() == before + 1);
    return new CamundaForm(browser, group, "_" + before, typed);
  }

  /** Scrolls the dynamic list labelled {@code list} to the top of the view, e.g. for a screenshot. */
  public CamundaForm show(String list) {
    ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'start'});", list(list));
    return this;
  }

  /** Scrolls the field labelled {@code label} to the middle of the view, e.g. for a screenshot. */
  public CamundaForm showField(String label) {
    scrollTo(field(label));
    return this;
  }

  /** Row {@code index} (from 0) of the dynamic list labelled {@code list}. */
  public CamundaForm row(String list, int index) {
    return new CamundaForm(browser, list(list), "_" + index, typed);
  }

  /** The error form-js shows under the field labelled {@code label}, waiting for it to appear. */
  public String errorOf(String label) {
    String id = field(label).getAttribute("id");
    return browser.find(By.id(id + "-error-message")).getText();
  }

  /** Whether every table in the form's texts fits within the form's width, so no column is cut off. */
  public boolean tablesFit() {
    return (Boolean) ((JavascriptExecutor) browser.driver()).executeScript(
        "return [...arguments[0].querySelectorAll('table')].every(t => t.offsetWidth <= t.parentElement.clientWidth);",
        scope);
  }

  /** What the field labelled {@code label} holds, as the person sees it. */
  public String valueOf(String label) {
    return field(label).getDomProperty("value");
  }

  /** All the text the form shows. */
  public String text() {
    return scope.getText();
  }

  private WebElement field(String label) {
    By byLabel = By.xpath(".//label[contains(@class,'fjs-form-field-label') and @for]"
        + "[normalize-space(text()[1])=" + literal(label) + "]");
    WebElement labelElement = browser.waitUntil(d -> scope.findElements(byLabel).stream()
        .filter(candidate -> candidate.getAttribute("for").endsWith(row)).findFirst().orElse(null));
    return browser.driver().findElement(By.id(labelElement.getAttribute("for")));
  }

  private WebElement list(String label) {
    By byLabel = By.xpath(".//div[@role='group' and contains(@class,'fjs-form-field-dynamiclist')]"
        + "[label[normalize-space()=" + literal(label) + "]]");
    return browser.waitUntil(ExpectedConditions.presenceOfNestedElementLocatedBy(scope, byLabel));
  }

  private static List<WebElement> rows(WebElement list) {
    return list.findElements(By.cssSelector(".fjs-repeat-row-container"));
  }

  private WebElement scrollTo(WebElement element) {
    ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    return element;
  }

  /** An XPath string literal for text that may contain an apostrophe ("Children's services"). */
  private static String literal(String text) {
    return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
  }
}
