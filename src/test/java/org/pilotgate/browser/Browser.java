package org.pilotgate.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pilotgate.security.DemoUsers;

/**
 * One headless Chromium for one scenario class, driven through ChromeDriver (never Selenium
 * Manager: both paths are given), against the application on its random port. Saves numbered
 * screenshots under {@code target/browser/<scenario>/}, and the pictures the README shows to the
 * folder named by {@code -Dbrowser.screenshots} when that is set.
 */
public final class Browser implements AutoCloseable {

  static final Duration PATIENCE = Duration.ofSeconds(20);
  private static final Dimension WINDOW = new Dimension(1280, 1000);

  private final WebDriver driver;
  private final String base;
  private final Path folder;
  private final Path downloads;
  private final Path profile;
  private int step;

  private Browser(WebDriver driver, String base, Path folder, Path downloads, Path profile) {
    this.driver = driver;
    this.base = base;
    this.folder = folder;
    this.downloads = downloads;
    this.profile = profile;
  }

  /** Starts Chromium for {@code scenario}; skips the tests (or fails them in CI) when the tools are missing. */
  static Browser start(int port, String scenario) {
    BrowserTools tools = BrowserTools.onThisMachine().requireOrSkip();
    try {
      Path folder = Path.of("target", "browser", scenario);
      org.springframework.util.FileSystemUtils.deleteRecursively(folder);
      Files.createDirectories(folder);
      Path downloads = Files.createDirectories(folder.resolve("downloads"));
      Path profile = Files.createTempDirectory("pilotgate-chromium-");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(tools.chromium().toFile());
      // the flags this machine needs: without the background-networking ones, connections are refused
      options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
          "--disable-background-networking", "--disable-component-update", "--disable-sync",
          "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--lang=en-GB",
          "--window-size=" + WINDOW.width + "," + WINDOW.height);
      options.setExperimentalOption("prefs", Map.of(
          "download.default_directory", downloads.toAbsolutePath().toString(),
          "download.prompt_for_download", false));
      ChromeDriverService service = new ChromeDriverService.Builder()
          .usingDriverExecutable(tools.chromedriver().toFile()).usingAnyFreePort().build();
      WebDriver driver = new ChromeDriver(service, options);
      driver.manage().window().setSize(WINDOW);
      return new Browser(driver, "http://localhost:" + port, folder, downloads, profile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public WebDriver driver() {
    return driver;
  }

  public String url(String path) {
    return base + path;
  }

  public void open(String path) {
    driver.get(url(path));
  }

  /** Signs in on PilotGate's login page as a demo user, ending any earlier session first. */
  public void signInAs(String user) {
    // Leave the page first: a Tasklist still open when its session cookie goes sends itself to sign in
    // again, and that navigation races ours (ChromeDriver then waits out its page-load timeout).
    open("/login");
    driver.manage().deleteAllCookies();
    open("/login");
    find(By.id("username")).sendKeys(user);
    find(By.id("password")).sendKeys(DemoUsers.PASSWORD);
    find(By.cssSelector("button[type=submit]")).click();
    waitUntil(d -> !d.getCurrentUrl().contains("/login"));
  }

  public WebElement find(By by) {
    return waitUntil(ExpectedConditions.visibilityOfElementLocated(by));
  }

  public <T> T waitUntil(Function<? super WebDriver, T> condition) {
    return waitUntil(condition, PATIENCE);
  }

  public <T> T waitUntil(Function<? super WebDriver, T> condition, Duration patience) {
    return new WebDriverWait(driver, patience).ignoring(StaleElementReferenceException.class).until(condition);
  }

  public String text() {
    return driver.findElement(By.tagName("body")).getText();
  }

  /** Saves a numbered screenshot of what the person sees now, named after the step. */
  public Path screenshot(String stepName) {
    step++;
    Path file = folder.resolve(String.format("%02d-%s.png", step, stepName));
    try {
      Files.write(file, ((ChromeDriver) driver).getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A screenshot that also refreshes the README's picture {@code name}, when -Dbrowser.screenshots names a folder. */
  public void readmeScreenshot(String stepName, String name) {
    Path shot = screenshot(stepName);
    String target = System.getProperty("browser.screenshots", "");
    if (!target.isBlank()) {
      try {
        Path folder = Files.createDirectories(Path.of(target));
        Files.copy(shot, folder.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** What went wrong, for a failed test: the page's source and a last screenshot. */
  void saveEvidence(String testName) {
    try {
      Files.writeString(folder.resolve("failed-" + testName + ".html"), driver.getPageSource(), StandardCharsets.UTF_8);
      Files.write(folder.resolve("failed-" + testName + ".png"), ((ChromeDriver) driver).getScreenshotAs(OutputType.BYTES));
    } catch (IOException | RuntimeException e) {
      System.err.println("could not save the failed page of " + testName + ": " + e);
    }
  }

  /** The folder Chromium downloads into. */
  public Path downloads() {
    return downloads;
  }

  @Override
  public void close() {
    driver.quit();
    org.springframework.util.FileSystemUtils.deleteRecursively(profile.toFile());
  }
}
