package dev.retort.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which operands of jsonb-only operators resolve to a json column. */
class JsonbOperatorsTest {
  private static final Map<String, String> TYPES = Map.of(
      "events.payload", "json", "docs.payload", "jsonb", "docs.body", "json", "users.name", "text");

  @Test
  void findsEachJsonbOnlyOperator() {
    for (String op : new String[] {"?", "?|", "?&", "@>", "<@", "#-", "@?", "@@"}) {
      assertThat(JsonbOperators.find("SELECT * FROM events WHERE payload " + op + " 'x'", TYPES))
          .as(op).singleElement().satisfies(u -> {
            assertThat(u.operator()).isEqualTo(op);
            assertThat(u.column()).isEqualTo("events.payload");
          });
    }
  }

  @Test
  void resolvesQualifiersAndTables() {
    assertThat(JsonbOperators.find("SELECT 1 FROM docs d JOIN events e ON true WHERE events.payload ? 'a'", TYPES))
        .hasSize(1);
    // payload of docs is jsonb: the statement names docs only
    assertThat(JsonbOperators.find("SELECT 1 FROM docs WHERE payload ? 'a'", TYPES)).isEmpty();
    assertThat(JsonbOperators.find("SELECT 1 FROM docs WHERE docs.payload @> '{}'", TYPES)).isEmpty();
    // an alias the database does not know: any table's column of that name, all json
    assertThat(JsonbOperators.find("SELECT 1 FROM x WHERE t.body ? 'a'", TYPES)).hasSize(1);
  }

  @Test
  void ignoresWhatWorksOnJson() {
    assertThat(JsonbOperators.find("SELECT payload->'a', payload->>'b', payload #> '{a}', payload #>> '{a}'"
        + " FROM events WHERE payload->>'k' IS NOT NULL AND payload::jsonb ? 'k'"
        + " AND name = 'payload ? x' AND '?' = '?'", TYPES)).isEmpty();
    assertThat(JsonbOperators.find("SELECT 1 FROM users WHERE name @@ 'x'", TYPES)).isEmpty();
  }
}
