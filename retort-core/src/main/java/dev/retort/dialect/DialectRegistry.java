package dev.retort.dialect;

import dev.retort.error.ErrorCode;
import java.util.List;
import java.util.ServiceLoader;

/** The dialects available to one Retort instance, found with {@link ServiceLoader}. */
public final class DialectRegistry {
  private final List<Dialect> dialects;

  public DialectRegistry(List<Dialect> dialects) {
    this.dialects = List.copyOf(dialects);
  }

  /** Every dialect on the class path. */
  public static DialectRegistry loadInstalled() {
    return new DialectRegistry(ServiceLoader.load(Dialect.class, Dialect.class.getClassLoader()).stream()
        .map(ServiceLoader.Provider::get).toList());
  }

  /** Every dialect this registry holds. */
  public List<Dialect> dialects() {
    return dialects;
  }

  /** The dialect for a URL's scheme. */
  public Dialect forUrl(DatabaseUrl url) {
    return dialects.stream()
        .filter(d -> d.name().equals(url.scheme()))
        .findFirst()
        .orElseThrow(() -> new UnsupportedUrlException(ErrorCode.D001, url.redacted()));
  }
}
