package io.facetwire.api.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.logging.Level;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Starts Debian's headless Chromium through Debian's chromedriver. Both paths are given explicitly
 * so Selenium Manager never looks for (or downloads) a browser or driver of its own.
 */
final class Chromium implements ExecutionCondition {
  static final String PACKAGES_HINT =
      "browser tests need Debian's chromium and chromedriver: apt-get install chromium chromium-driver";
  private static final Path BROWSER =
      Path.of(System.getProperty("facetwire.chromium", "/usr/bin/chromium"));
  private static final Path DRIVER =
      Path.of(System.getProperty("facetwire.chromedriver", "/usr/bin/chromedriver"));

  /** Why browser tests cannot run here, or null when Chromium and its driver are installed. */
  static String missing() {
    if (!Files.isExecutable(BROWSER)) return "no " + BROWSER + "; " + PACKAGES_HINT;
    if (!Files.isExecutable(DRIVER)) return "no " + DRIVER + "; " + PACKAGES_HINT;
    return null;
  }

  /**
   * Skips each browser test, saying which packages to install, when there is no Chromium here. Per
   * test method, so each one is reported as skipped with the reason.
   */
  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    String why = missing();
    if (why == null || context.getTestMethod().isEmpty())
      return ConditionEvaluationResult.enabled("browser tests can run");
    return ConditionEvaluationResult.disabled(why);
  }

  static ChromeDriver start(Path profile) throws IOException {
    Files.createDirectories(profile);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BROWSER.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--user-data-dir=" + profile.toAbsolutePath(),
        "--window-size=1280,1000",
        "--lang=en-GB");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(DRIVER.toFile())
            .usingAnyFreePort()
            .withLogFile(new File(profile.toFile(), "chromedriver.log"))
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    return driver;
  }
}
