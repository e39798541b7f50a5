package dev.retort.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.api.Callback;
import dev.retort.api.CallbackContext;
import dev.retort.api.CallbackEvent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;

/** {@link Callback} beans run during the start-up migration, in their order; a failing one stops the start-up. */
class CallbackBeanTest {
  @TempDir Path dir;

  @Test
  void callbackBeans_runAtEachEvent_inTheirOrder() {
    new RevisionFiles(dir.resolve("db/retort")).writeItemsAndTags();
    List<String> heard = new ArrayList<>();

    Apps.sqlite(dir)
        .withBean("second", Callback.class, () -> new Recording("second", 2, heard))
        .withBean("first", Callback.class, () -> new Recording("first", 1, heard))
        .run(context -> assertThat(context).hasNotFailed());

    assertThat(heard).containsExactly(
        "first BEFORE_UPGRADE", "second BEFORE_UPGRADE",
        "first BEFORE_EACH " + RevisionFiles.ITEMS, "second BEFORE_EACH " + RevisionFiles.ITEMS,
        "first AFTER_EACH " + RevisionFiles.ITEMS, "second AFTER_EACH " + RevisionFiles.ITEMS,
        "first BEFORE_EACH " + RevisionFiles.TAGS, "second BEFORE_EACH " + RevisionFiles.TAGS,
        "first AFTER_EACH " + RevisionFiles.TAGS, "second AFTER_EACH " + RevisionFiles.TAGS,
        "first AFTER_UPGRADE", "second AFTER_UPGRADE");
  }

  @Test
  void aFailingCallbackBean_stopsTheStartUp_withAFailureAnalysis_andItsRevisionRolledBack() throws Exception {
    new RevisionFiles(dir.resolve("db/retort")).writeItemsAndTags();
    Callback refuseTags = new Callback() {
      @Override
      public void handle(CallbackContext context) {
        if (context.event() == CallbackEvent.AFTER_EACH && context.revision().orElse("").equals(RevisionFiles.TAGS)) {
          throw new IllegalStateException("tags are not allowed today");
        }
      }

      @Override
      public String name() {
        return "RefuseTags";
      }
    };

    Apps.sqlite(dir).withBean(Callback.class, () -> refuseTags).run(context -> {
      FailureAnalysis analysis = Apps.analyze(context.getStartupFailure());
      assertThat(analysis.getDescription())
          .startsWith("Retort stopped the start-up: error[RT-V030]: after-each callback RefuseTags (Java) (revision "
              + RevisionFiles.TAGS + ") failed: tags are not allowed today")
          .contains("the version table is at [" + RevisionFiles.ITEMS + "]");
    });

    assertThat(Tables.in(dir.resolve("app.db"))).contains("items").doesNotContain("tags");
  }

  /** Notes each event it hears. */
  private record Recording(String name, int order, List<String> heard) implements Callback, Ordered {
    @Override
    public void handle(CallbackContext context) {
      heard.add(name + " " + context.event() + context.revision().map(r -> " " + r).orElse(""));
    }

    @Override
    public int getOrder() {
      return order;
    }
  }
}
