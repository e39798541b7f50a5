package dev.retort.examples.shop;

import dev.retort.api.Callback;
import dev.retort.api.CallbackContext;
import dev.retort.api.CallbackEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** A Retort callback: notes and logs each revision the start-up migration applies. */
@Component
public class DeployAudit implements Callback {
  private static final Logger LOG = LoggerFactory.getLogger(DeployAudit.class);
  private final List<String> applied = new CopyOnWriteArrayList<>();

  @Override
  public void handle(CallbackContext context) {
    if (context.event() == CallbackEvent.AFTER_EACH) {
      String revision = context.revision().orElseThrow();
      applied.add(revision);
      LOG.info("applied revision {}", revision);
    }
  }

  /** The revisions this start-up applied, in order. */
  public List<String> applied() {
    return List.copyOf(applied);
  }
}
