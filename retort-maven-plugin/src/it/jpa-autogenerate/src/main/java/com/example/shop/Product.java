package com.example.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "products")
public class Product {
  @Id
  private Long id;

  @Column(nullable = false, length = 120)
  private String name;

  @Column(name = "price_cents", nullable = false)
  private long priceCents;
}
