package dev.retort.jpa.shop;

/** Where an order is; stored by name. */
public enum OrderStatus {
  NEW,
  PAID,
  SHIPPED
}
