package org.pilotgate.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Camunda Tasklist 7.24 as an officer or manager uses it: filters, the task list, claiming, forms. */
public final class Tasklist {

  static final String PATH = "/camunda/app/tasklist/default/";
  /** The process's name: Tasklist offers it under "Start process" and shows it under every task of a pilot. */
  static final String PILOT_LIFECYCLE = "Pilot lifecycle";

  private static final By START = By.cssSelector(".modal-footer button.btn-primary");
  private static final By COMPLETE = By.cssSelector(".form-actions button.btn-primary");
  /** The server's reason in the red message Tasklist shows when it refuses what was submitted. */
  private static final By ERROR = By.cssSelector(".page-notifications .alert-danger .message");

  private final Browser browser;

  Tasklist(Browser browser) {
    this.browser = browser;
  }

  /** Opens Tasklist and waits for its filters (created at start-up by TasklistFilters). */
  public Tasklist open() {
    if (!browser.driver().getCurrentUrl().contains(PATH)) {
      browser.open(PATH);
    }
    browser.find(By.cssSelector(".task-filter"));
    return this;
  }

  /** "Start process" in the header, then the process called {@code name}: its start form. */
  public CamundaForm startProcess(String name) {
    browser.find(By.cssSelector(".start-process-action a")).click();
    By process = By.xpath("//div[contains(@class,'modal-body')]//a[normalize-space()='" + name + "']");
    browser.find(process);
    // a click while the dialog still fades in can be lost: click until the start form is there
    browser.waitUntil(d -> {
      d.findElements(process).stream().findFirst().ifPresent(WebElement::click);
      return !d.findElements(By.cssSelector(".modal .fjs-container")).isEmpty();
    });
    return form();
  }

  /** Presses the start form's Start button and waits for the dialog to close. */
  public void start() {
    browser.waitUntil(ExpectedConditions.elementToBeClickable(START)).click();
    browser.waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal-dialog")));
  }

  /** Whether Tasklist lets the start form be submitted (it does not while form-js reports an error). */
  public boolean canStart() {
    return browser.find(START).isEnabled();
  }

  /** Shows the tasks of the filter called {@code name}. */
  public Tasklist filter(String name) {
    browser.find(By.xpath("//div[contains(@class,'task-filter')]//h4[contains(@class,'name')]/a[normalize-space(text()[1])='"
        + name + "']")).click();
    browser.waitUntil(ExpectedConditions.attributeContains(
        By.xpath("//div[contains(@class,'task-filter')][.//a[normalize-space(text()[1])='" + name + "']]"),
        "class", "active"));
    return this;
  }

  /** Opens the task in the current list whose name contains {@code text} (a pilot's reference). */
  public Tasklist openTask(String text) {
    browser.find(By.xpath("//ol[contains(@class,'tasks-list')]/li[contains(.,'" + text + "')]//h4[contains(@class,'task')]/a")).click();
    browser.find(By.xpath("//div[contains(@class,'names')]/h2[contains(@class,'task')][contains(.,'" + text + "')]"));
    return this;
  }

  /** Claims the open task ("Claim"), waits until it is the signed-in person's, and returns its form. */
  public CamundaForm claim() {
    browser.find(By.cssSelector("button.claim")).click();
    browser.find(By.cssSelector("button.unclaim"));
    return form();
  }

  /** The open task's form, once form-js has rendered it. */
  public CamundaForm form() {
    WebElement container = browser.find(By.cssSelector(".fjs-container"));
    browser.waitUntil(d -> container.findElements(By.cssSelector(".fjs-form-field")).size() > 1);
    return new CamundaForm(browser, container);
  }

  /** Presses Complete on a form the server refuses; returns the error Tasklist shows. */
  public String completeRefused() {
    WebElement complete = browser.waitUntil(ExpectedConditions.elementToBeClickable(COMPLETE));
    scrollToTheEndOfTheTask(complete);
    complete.click();
    return browser.find(ERROR).getText().trim();
  }

  /**
   * Whether the Complete button is on screen and nothing lies over its middle (such as an error
   * message), so a person can press it.
   */
  public boolean completeIsInReach() {
    WebElement button = browser.find(COMPLETE);
    scrollToTheEndOfTheTask(button);
    return (Boolean) ((JavascriptExecutor) browser.driver()).executeScript("""
        const b = arguments[0];
        const r = b.getBoundingClientRect();
        const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return r.width > 0 && r.bottom <= window.innerHeight && (top === b || b.contains(top));""", button);
  }

  /** Scrolls the task pane to its end, where a person finds the form's buttons. */
  private void scrollToTheEndOfTheTask(WebElement inside) {
    ((JavascriptExecutor) browser.driver()).executeScript(
        "const pane = arguments[0].closest('.three-cols-layout-cell'); pane.scrollTop = pane.scrollHeight;", inside);
  }

  /** The open task's Complete button; waits until the task has left the list. */
  public void complete() {
    scrollToTheEndOfTheTask(browser.find(COMPLETE)); // a long form leaves the button under the page's footer
    browser.waitUntil(ExpectedConditions.elementToBeClickable(COMPLETE)).click();
    browser.waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".fjs-container")));
  }
}
