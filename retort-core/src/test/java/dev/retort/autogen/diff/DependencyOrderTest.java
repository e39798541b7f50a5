package dev.retort.autogen.diff;

import static dev.retort.autogen.diff.Models.col;
import static dev.retort.autogen.diff.Models.fk;
import static dev.retort.autogen.diff.Models.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.schema.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

class DependencyOrderTest {
  @Test
  void of_chain_referencedFirstWhateverTheNames() {
    Table a = table("a", col("b_id", "integer")).foreignKey(fk("fk_a_b", "b_id", "b")).build();
    Table b = table("b", col("c_id", "integer")).foreignKey(fk("fk_b_c", "c_id", "c")).build();
    Table c = table("c").build();
    DependencyOrder.Result r = DependencyOrder.of("public", List.of(a, b, c));
    assertThat(r.ordered()).extracting(Table::name).containsExactly("c", "b", "a");
    assertThat(r.deferred()).isEmpty();
  }

  @Test
  void of_selfReferenceAndOutsideTable_areNoDependency() {
    Table a = table("a", col("parent", "integer"), col("u", "integer")).foreignKey(fk("fk_self", "parent", "a"))
        .foreignKey(fk("fk_out", "u", "users")).build();
    DependencyOrder.Result r = DependencyOrder.of("public", List.of(a));
    assertThat(r.ordered()).extracting(Table::name).containsExactly("a");
    assertThat(r.deferred()).isEmpty();
  }

  @Test
  void of_cycle_deferredForeignKeys() {
    Table a = table("a", col("b_id", "integer")).foreignKey(fk("fk_a_b", "b_id", "b")).build();
    Table b = table("b", col("a_id", "integer")).foreignKey(fk("fk_b_a", "a_id", "a")).build();
    Table z = table("z").build();
    DependencyOrder.Result r = DependencyOrder.of("public", List.of(b, a, z));
    assertThat(r.ordered()).extracting(Table::name).containsExactly("z", "a", "b");
    assertThat(r.deferred().get("a")).extracting(f -> f.name()).containsExactly("fk_a_b");
    assertThat(r.deferred().get("b")).extracting(f -> f.name()).containsExactly("fk_b_a");
  }
}
