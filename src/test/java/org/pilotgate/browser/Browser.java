package org.pilotgate.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
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
import org.openqa.selenium.TimeoutException;
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
  /**
   * How long one page may take to load. ChromeDriver's own default is 300 s, longer than its client's
   * 180 s read timeout, so a stuck load used to fail only after three minutes and without evidence.
   */
  static final Duration PAGE_LOAD = Duration.ofSeconds(60);
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
      driver.manage().timeouts().pageLoadTimeout(PAGE_LOAD);
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

  /**
   * Loads the page at {@code path}. A load that has not finished after {@link #PAGE_LOAD} is tried once
   * more, after saving what every thread of this JVM (the application's too) was doing, as evidence.
   * Seen in CI only, on two busy cores: a simple page such as /login never finished loading.
   */
  public void open(String path) {
    try {
      driver.get(url(path));
    } catch (TimeoutException stuck) {
      Path threads = saveThreads("stuck-loading" + path.replaceAll("[^A-Za-z0-9]+", "-"));
      System.err.printf("Browser: %s did not load within %s s; the threads are in %s; loading it again%n",
          path, PAGE_LOAD.toSeconds(), threads);
      driver.get(url(path));
    }
  }

  private Path saveThreads(String name) {
    StringBuilder dump = new StringBuilder();
    for (ThreadInfo thread : ManagementFactory.getThreadMXBean().dumpAllThreads(true, true)) {
      dump.append('"').append(thread.getThreadName()).append("\" ").append(thread.getThreadState());
      if (thread.getLockName() != null) {
        dump.append(" on ").append(thread.getLockName()).append(" owned by ").append(thread.getLockOwnerName());
      }
      dump.append('\n');
      for (StackTraceElement frame : thread.getStackTrace()) {
        dump.append("    at ").append(frame).append('\n');
      }
      dump.append('\n');
    }
    Path file = folder.resolve(String.format("%02d-%s-threads.txt", ++step, name));
    try {
      return Files.writeString(file, dump, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
