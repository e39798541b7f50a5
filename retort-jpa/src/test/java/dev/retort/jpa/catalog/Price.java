package dev.retort.jpa.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** An amount in a currency, embedded in {@link Product}. */
@Embeddable
public class Price {
  @Column(precision = 12, scale = 2)
  BigDecimal amount;

  @Column(length = 3)
  String currency;
}
