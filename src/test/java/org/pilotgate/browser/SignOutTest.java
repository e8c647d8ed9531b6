package org.pilotgate.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Signing out ends the session on PilotGate's login page, which says "You have signed out": from
 * Tasklist's and Cockpit's own "Log out" (Camunda's menu, not a PilotGate page) and from the audit
 * pages' "Sign out".
 * Afterwards the same browser is asked to sign in again.
 */
class SignOutTest extends BrowserTest {

  @Test
  void tasklistsLogOutEndsOnTheLoginPage() {
    browser.signInAs("olivia");
    Tasklist tasklist = new Tasklist(browser).open();
    browser.screenshot("tasklist-signed-in");

    browser.find(By.cssSelector("li.account.dropdown a.dropdown-toggle")).click();
    browser.find(By.cssSelector("li.logout a")).click();

    assertEndsOnTheLoginPageSignedOut("tasklist-signed-out");
    browser.open(Tasklist.PATH);
    browser.waitUntil(d -> d.getCurrentUrl().endsWith("/login"));
    assertThat(browser.driver().findElements(By.cssSelector(".task-filter"))).as("no list is left on screen").isEmpty();
  }

  @Test
  void cockpitsLogOutEndsOnTheLoginPageToo() {
    browser.signInAs("mia");
    cockpitsAccountMenu().click();
    browser.find(By.cssSelector("li.logout a")).click();

    assertEndsOnTheLoginPageSignedOut("cockpit-signed-out");
  }

  /**
   * Cockpit's first start in a test JVM parses several megabytes of script; on two busy cores that has
   * taken longer than the usual 20 s, and twice in CI its page stayed on the loading spinner for good (no
   * server error): a person reloads, and so does this, up to three times.
   */
  private WebElement cockpitsAccountMenu() {
    By accountMenu = By.cssSelector("li.account.dropdown a.dropdown-toggle");
    for (int attempt = 1; ; attempt++) {
      browser.open("/camunda/app/cockpit/default/");
      try {
        return browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(accountMenu), Duration.ofSeconds(45));
      } catch (TimeoutException stillLoading) {
        if (attempt == 3) {
          throw stillLoading;
        }
      }
    }
  }

  @Test
  void theAuditPagesSignOutEndsOnTheLoginPage() {
    browser.signInAs("ada");
    browser.find(By.tagName("h1"));
    assertThat(browser.driver().getCurrentUrl()).endsWith("/audit");

    browser.find(By.xpath("//button[normalize-space()='Sign out']")).click();

    assertEndsOnTheLoginPageSignedOut("audit-signed-out");
    browser.open("/audit");
    browser.waitUntil(d -> d.getCurrentUrl().endsWith("/login"));
  }

  private void assertEndsOnTheLoginPageSignedOut(String screenshot) {
    browser.waitUntil(d -> d.getCurrentUrl().endsWith("/login?logout"));
    assertThat(browser.find(By.id("signed-out")).getText()).isEqualTo("You have signed out");
    assertThat(browser.find(By.id("council-name")).getText()).isEqualTo("Demo Council");
    assertThat(browser.driver().getTitle()).isEqualTo("Sign in – PilotGate – Demo Council");
    browser.screenshot(screenshot);
  }
}
