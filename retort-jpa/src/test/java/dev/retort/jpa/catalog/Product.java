package dev.retort.jpa.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A product: a foreign key, an enum stored by name, an embedded price, an index. */
@Entity
@Table(name = "product", indexes = @Index(name = "ix_product_sku", columnList = "sku"))
public class Product {
  /** Whether a product can be sold. */
  public enum Availability { LISTED, HIDDEN }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(nullable = false, length = 64)
  String sku;

  @ManyToOne(optional = false)
  @JoinColumn(name = "category_id", nullable = false)
  Category category;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  Availability availability;

  @Embedded
  Price price;
}
