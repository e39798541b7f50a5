package dev.retort.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.api.RetortBuilder;
import org.junit.jupiter.api.Test;

/** retort.* property names and the retort.toml keys they set. */
class PropertyNamesTest {
  @Test
  void tomlKey_camelCaseSnakeCaseAndLocations() {
    assertThat(PropertyNames.tomlKey("versionTable")).contains("version_table");
    assertThat(PropertyNames.tomlKey("version_table")).contains("version_table");
    assertThat(PropertyNames.tomlKey("autoWidenVersionColumn")).contains("auto_widen_version_column");
    assertThat(PropertyNames.tomlKey("locations")).contains("version_locations");
    assertThat(PropertyNames.tomlKey("tabel")).isEmpty();
    assertThat(PropertyNames.tomlKey("skip")).isEmpty();
  }

  @Test
  void all_namesEveryTomlKeyInCamelCase_andThePluginSettings() {
    for (String key : RetortBuilder.settingNames()) {
      String property = "retort." + PropertyNames.camelCase(key);
      assertThat(PropertyNames.all()).contains(property);
      assertThat(PropertyNames.tomlKey(PropertyNames.camelCase(key))).contains(key);
    }
    assertThat(PropertyNames.all()).contains("retort.skip", "retort.target", "retort.serverId", "retort.locations");
  }
}
