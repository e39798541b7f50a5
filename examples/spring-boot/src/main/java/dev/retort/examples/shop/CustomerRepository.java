package dev.retort.examples.shop;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Customers, through Spring Data JPA. */
public interface CustomerRepository extends JpaRepository<Customer, String> {
  Optional<Customer> findByEmail(String email);
}
