package dev.retort.examples.shop;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Orders, through Spring Data JPA. */
public interface OrderRepository extends JpaRepository<PurchaseOrder, String> {
  List<PurchaseOrder> findByCustomer(Customer customer);
}
