package io.facetwire.solr;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The saved-search store's field names and its own schema agree, and a Solr home gets the store's
 * core.
 */
class SavedSearchCoreTest {
  private static final List<String> NOT_FIELDS = List.of("NAME", "CONFIGSET");

  @Test
  void everyFieldConstantIsDeclaredInTheStoreSchema(@TempDir Path home) throws Exception {
    SolrClients.prepareHome(home);
    Path conf = home.resolve(SavedSearchCore.NAME).resolve("conf");
    String schema = Files.readString(conf.resolve("schema.xml"), StandardCharsets.UTF_8);
    assertThat(schema)
        .contains(
            "name=\"" + SavedSearchCore.CONFIGSET + "-" + SavedSearchCore.CONFIGSET_VERSION + "\"");
    List<Field> constants =
        Arrays.stream(SavedSearchCore.class.getFields())
            .filter(
                f ->
                    f.getType() == String.class
                        && Modifier.isStatic(f.getModifiers())
                        && !NOT_FIELDS.contains(f.getName()))
            .toList();
    assertThat(constants).hasSizeGreaterThan(10);
    for (Field f : constants)
      assertThat(schema).as(f.getName()).contains("<field name=\"" + f.get(null) + "\"");
    assertThat(conf.resolve("solrconfig.xml")).exists();
    assertThat(home.resolve(SavedSearchCore.NAME).resolve("core.properties"))
        .hasContent("name=" + SavedSearchCore.NAME);
    assertThat(home.resolve(ArticleFields.COLLECTION).resolve("conf").resolve("schema.xml"))
        .exists();
  }
}
