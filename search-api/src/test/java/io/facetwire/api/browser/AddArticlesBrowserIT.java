package io.facetwire.api.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.test.context.TestPropertySource;

/**
 * "Add articles" in the workbench: hidden until an API token is in the session, a refused token is
 * forgotten, and an upload with a bad line ends in a summary that names the failure while the good
 * article becomes searchable.
 */
@TestPropertySource(properties = "facetwire.security.api-token=" + AddArticlesBrowserIT.TOKEN)
class AddArticlesBrowserIT extends BrowserTestBase {
  static final String TOKEN = "browser-upload-token";

  @Test
  void uploadsAFileWithTheSessionTokenAndSummarisesTheJob() throws Exception {
    openSearch("");
    driver.findElement(By.cssSelector("#add-articles summary")).click();
    assertThat(driver.findElement(By.id("upload")).isDisplayed())
        .as("no token yet: no upload")
        .isFalse();
    Path file = Files.createTempDirectory("facetwire-upload").resolve("observatory.jsonl");
    Files.writeString(
        file,
        "{\"title\": \"Observatory reopens its dome\", \"url\": \"https://example.org/dome\", "
            + "\"text\": \"The hilltop observatory reopened its dome to visitors after two years of repairs.\"}\n"
            + "{\"title\": \"broken line\n");

    driver.findElement(By.id("api-token")).sendKeys("wrong-token");
    driver.findElement(By.cssSelector("#token-form button")).click();
    driver.findElement(By.id("upload-files")).sendKeys(file.toString());
    waiting()
        .withMessage("a refused token to be forgotten")
        .until(d -> driver.findElement(By.id("token-form")).isDisplayed());
    assertThat(js("return sessionStorage.getItem('facetwire.apiToken')")).isNull();

    driver.findElement(By.id("api-token")).sendKeys(TOKEN);
    driver.findElement(By.cssSelector("#token-form button")).click();
    driver.findElement(By.id("upload-files")).sendKeys(file.toString());
    waiting()
        .withMessage("the job's summary")
        .until(d -> driver.findElement(By.id("upload-status")).getText().startsWith("Done"));
    assertThat(driver.findElement(By.id("upload-status")).getText())
        .contains("1 articles read, 1 added")
        .contains("1 failed");
    assertThat(texts("#upload-failures li"))
        .singleElement()
        .asString()
        .contains("observatory.jsonl#2");
    assertThat(api("/api/search?q=observatory").path("total").asInt()).isEqualTo(1);
    assertAccessible("search page with the upload panel");
  }
}
