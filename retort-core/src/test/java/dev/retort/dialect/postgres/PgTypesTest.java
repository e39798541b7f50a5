package dev.retort.dialect.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** PostgreSQL type spellings and expression unwrapping. */
class PgTypesTest {
  @Test
  void normalize_formatTypeSpellings_shortCanonicalNames() {
    assertThat(PgTypes.normalize("character varying(20)")).isEqualTo("varchar(20)");
    assertThat(PgTypes.normalize("timestamp(3) with time zone")).isEqualTo("timestamptz(3)");
    assertThat(PgTypes.normalize("timestamp without time zone")).isEqualTo("timestamp");
    assertThat(PgTypes.normalize("integer[]")).isEqualTo("int4[]");
    assertThat(PgTypes.normalize("double precision")).isEqualTo("float8");
    assertThat(PgTypes.normalize("numeric(10,2)")).isEqualTo("numeric(10,2)");
    assertThat(PgTypes.normalize("public.mood")).isEqualTo("public.mood");
  }

  @Test
  void unwrap_onlyAnEnclosingPair() {
    assertThat(PgTypes.unwrap("(a > 0)")).isEqualTo("a > 0");
    assertThat(PgTypes.unwrap("(a > 0) AND (b > 0)")).isEqualTo("(a > 0) AND (b > 0)");
    assertThat(PgTypes.unwrap("(a = ')(')")).isEqualTo("a = ')('");
    assertThat(PgTypes.unwrap("lower(a)")).isEqualTo("lower(a)");
  }
}
