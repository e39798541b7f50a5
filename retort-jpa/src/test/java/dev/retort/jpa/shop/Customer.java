package dev.retort.jpa.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** A customer: an identity key, a unique e-mail, an index on the name, an embedded address. */
@Entity
@Table(name = "customer",
    indexes = @Index(name = "ix_customer_name", columnList = "last_name, first_name"),
    uniqueConstraints = @UniqueConstraint(name = "uq_customer_email", columnNames = "email"))
public class Customer {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(name = "first_name", length = 100)
  String firstName;

  @Column(name = "last_name", length = 100, nullable = false)
  String lastName;

  @Column(nullable = false, length = 320)
  String email;

  @Embedded
  Address address;
}
