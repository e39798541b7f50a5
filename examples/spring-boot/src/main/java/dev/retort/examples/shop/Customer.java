package dev.retort.examples.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A customer (table {@code customers}, created by revision 1a2b3c4d5e6f). */
@Entity
@Table(name = "customers")
public class Customer {
  @Id
  @Column(length = 36)
  private String id;

  @Column(nullable = false, length = 100)
  private String name;

  @Column(nullable = false, length = 320, unique = true)
  private String email;

  protected Customer() {}

  public Customer(String name, String email) {
    this.id = UUID.randomUUID().toString();
    this.name = name;
    this.email = email;
  }

  public String getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getEmail() {
    return email;
  }
}
