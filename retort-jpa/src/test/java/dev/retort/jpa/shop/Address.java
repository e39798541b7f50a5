package dev.retort.jpa.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A postal address, embedded in {@link Customer}. */
@Embeddable
public class Address {
  @Column(length = 200)
  String street;

  @Column(length = 100)
  String city;

  @Column(name = "postal_code", length = 20)
  String postalCode;
}
