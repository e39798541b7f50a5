package dev.retort.jpa.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** One line of an {@link Order}. */
@Entity
@Table(name = "order_line")
public class OrderLine {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "order_id", nullable = false)
  Order order;

  @Column(nullable = false, length = 64)
  String sku;

  @Column(nullable = false)
  int quantity;

  @Column(name = "unit_price", nullable = false, precision = 12, scale = 2)
  BigDecimal unitPrice;
}
