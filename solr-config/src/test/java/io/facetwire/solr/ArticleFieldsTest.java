package io.facetwire.solr;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Keeps the shared field names and the schema from drifting apart: a typo would only show at
 * indexing time.
 */
class ArticleFieldsTest {
  private static final List<String> NOT_FIELDS = List.of("COLLECTION", "CONFIGSET", "SCHEMA_NAME");

  @Test
  void everyFieldConstantIsDeclaredInTheSchema() throws Exception {
    String schema = Configset.read("schema.xml");
    List<Field> constants =
        Arrays.stream(ArticleFields.class.getFields())
            .filter(
                f ->
                    f.getType() == String.class
                        && Modifier.isStatic(f.getModifiers())
                        && !NOT_FIELDS.contains(f.getName()))
            .toList();
    assertThat(constants).hasSizeGreaterThan(20);
    for (Field f : constants) {
      assertThat(schema).as(f.getName()).contains("<field name=\"" + f.get(null) + "\"");
    }
  }

  @Test
  void exportCopiesAreDeclared() {
    String schema = Configset.read("schema.xml");
    List<String> copied = new ArrayList<>(ExportCopies.TEXT_FIELDS);
    copied.addAll(ExportCopies.LIST_FIELDS);
    assertThat(copied).hasSize(6);
    for (String field : copied) {
      assertThat(schema)
          .as(field)
          .contains("<field name=\"" + ArticleFields.docValuesCopy(field) + "\"");
    }
  }

  @Test
  void theSchemaNameCarriesTheVersion() {
    assertThat(Configset.read("schema.xml"))
        .contains("<schema name=\"" + ArticleFields.SCHEMA_NAME + "\"");
  }

  @Test
  void everyFacetAndDateBucketIsAFieldOfTheSchema() {
    String schema = Configset.read("schema.xml");
    for (FacetField f : FacetField.values()) {
      assertThat(schema).as(f.name()).contains("<field name=\"" + f.solrField + "\"");
      assertThat(FacetField.byName(f.param)).contains(f);
    }
    for (DateBucket b : DateBucket.values()) {
      assertThat(schema).as(b.name()).contains("<field name=\"" + b.solrField + "\"");
    }
  }
}
