package dev.retort.examples.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;

/** An order of a customer (table {@code orders}, created by revision 2b3c4d5e6f70). */
@Entity
@Table(name = "orders")
public class PurchaseOrder {
  @Id
  @Column(length = 36)
  private String id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "customer_id", nullable = false)
  private Customer customer;

  @Column(name = "total_cents", nullable = false)
  private long totalCents;

  @Column(nullable = false, length = 20)
  private String status;

  protected PurchaseOrder() {}

  public PurchaseOrder(Customer customer, long totalCents) {
    this.id = UUID.randomUUID().toString();
    this.customer = customer;
    this.totalCents = totalCents;
    this.status = "placed";
  }

  public String getId() {
    return id;
  }

  public Customer getCustomer() {
    return customer;
  }

  public long getTotalCents() {
    return totalCents;
  }

  public String getStatus() {
    return status;
  }
}
