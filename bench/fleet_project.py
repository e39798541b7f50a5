#!/usr/bin/env python3
"""Writes the tenant project of bench/fleet.sh twice: as a Retort project and as Flyway scripts.

    fleet_project.py --out DIR --tenants N

Twenty revisions of a small shop's tenant schema, each a CREATE TABLE (with foreign keys to the
tables before it) plus either an index or an INSERT of seed rows: realistic small DDL, the same
SQL for both tools. Written under DIR:

    retort/retort.toml                         script_location = "migrations" (the URL comes from the run)
    retort/migrations/versions/<id>_<slug>.sql 20 revisions, a linear chain, with DROP TABLE downgrades
    flyway/V<n>__<slug>.sql                    the same 20 upgrades
    tenants.txt                                the tenant names 1..N, one a line (schema tenant_<name>)
    head.txt                                   the last revision's id

The ids are fixed (0001a1b2c3d4 ... ) so every run sees byte-identical files.
"""
import argparse
import os

# (slug, CREATE TABLE, the second statement: an index or an INSERT)
REVISIONS = [
    ("customers",
     "CREATE TABLE customers (id bigserial PRIMARY KEY, email varchar(255) NOT NULL, name text NOT NULL,"
     " created_at timestamptz NOT NULL DEFAULT now())",
     "CREATE UNIQUE INDEX ux_customers_email ON customers (email)"),
    ("addresses",
     "CREATE TABLE addresses (id bigserial PRIMARY KEY, customer_id bigint NOT NULL REFERENCES customers (id),"
     " line1 text NOT NULL, city varchar(100) NOT NULL, country char(2) NOT NULL)",
     "CREATE INDEX ix_addresses_customer ON addresses (customer_id)"),
    ("currencies",
     "CREATE TABLE currencies (code char(3) PRIMARY KEY, name varchar(50) NOT NULL, decimals smallint NOT NULL)",
     "INSERT INTO currencies (code, name, decimals) VALUES ('EUR', 'Euro', 2), ('USD', 'US dollar', 2),"
     " ('JPY', 'Yen', 0)"),
    ("products",
     "CREATE TABLE products (id bigserial PRIMARY KEY, sku varchar(40) NOT NULL, name text NOT NULL,"
     " price numeric(12, 2) NOT NULL, currency char(3) NOT NULL REFERENCES currencies (code))",
     "CREATE UNIQUE INDEX ux_products_sku ON products (sku)"),
    ("categories",
     "CREATE TABLE categories (id integer PRIMARY KEY, parent_id integer REFERENCES categories (id),"
     " name varchar(100) NOT NULL)",
     "INSERT INTO categories (id, parent_id, name) VALUES (1, NULL, 'All'), (2, 1, 'Books'), (3, 1, 'Games')"),
    ("product_categories",
     "CREATE TABLE product_categories (product_id bigint NOT NULL REFERENCES products (id),"
     " category_id integer NOT NULL REFERENCES categories (id), PRIMARY KEY (product_id, category_id))",
     "CREATE INDEX ix_product_categories_category ON product_categories (category_id)"),
    ("order_statuses",
     "CREATE TABLE order_statuses (code varchar(20) PRIMARY KEY, label varchar(50) NOT NULL)",
     "INSERT INTO order_statuses (code, label) VALUES ('new', 'New'), ('paid', 'Paid'),"
     " ('shipped', 'Shipped'), ('cancelled', 'Cancelled')"),
    ("orders",
     "CREATE TABLE orders (id bigserial PRIMARY KEY, customer_id bigint NOT NULL REFERENCES customers (id),"
     " status varchar(20) NOT NULL REFERENCES order_statuses (code), total numeric(12, 2) NOT NULL,"
     " currency char(3) NOT NULL REFERENCES currencies (code), created_at timestamptz NOT NULL DEFAULT now())",
     "CREATE INDEX ix_orders_customer_created ON orders (customer_id, created_at)"),
    ("order_items",
     "CREATE TABLE order_items (order_id bigint NOT NULL REFERENCES orders (id), line smallint NOT NULL,"
     " product_id bigint NOT NULL REFERENCES products (id), quantity integer NOT NULL CHECK (quantity > 0),"
     " unit_price numeric(12, 2) NOT NULL, PRIMARY KEY (order_id, line))",
     "CREATE INDEX ix_order_items_product ON order_items (product_id)"),
    ("invoices",
     "CREATE TABLE invoices (id bigserial PRIMARY KEY, order_id bigint NOT NULL REFERENCES orders (id),"
     " number varchar(30) NOT NULL, issued_on date NOT NULL, amount numeric(12, 2) NOT NULL)",
     "CREATE UNIQUE INDEX ux_invoices_number ON invoices (number)"),
    ("payment_methods",
     "CREATE TABLE payment_methods (code varchar(20) PRIMARY KEY, label varchar(50) NOT NULL,"
     " enabled boolean NOT NULL DEFAULT true)",
     "INSERT INTO payment_methods (code, label) VALUES ('card', 'Card'), ('transfer', 'Bank transfer'),"
     " ('invoice', 'On invoice')"),
    ("payments",
     "CREATE TABLE payments (id bigserial PRIMARY KEY, invoice_id bigint NOT NULL REFERENCES invoices (id),"
     " method varchar(20) NOT NULL REFERENCES payment_methods (code), amount numeric(12, 2) NOT NULL,"
     " paid_at timestamptz NOT NULL)",
     "CREATE INDEX ix_payments_invoice ON payments (invoice_id)"),
    ("warehouses",
     "CREATE TABLE warehouses (id integer PRIMARY KEY, name varchar(100) NOT NULL, country char(2) NOT NULL)",
     "INSERT INTO warehouses (id, name, country) VALUES (1, 'Main', 'DE')"),
    ("stock_levels",
     "CREATE TABLE stock_levels (product_id bigint NOT NULL REFERENCES products (id),"
     " warehouse_id integer NOT NULL REFERENCES warehouses (id), quantity integer NOT NULL DEFAULT 0,"
     " PRIMARY KEY (product_id, warehouse_id))",
     "CREATE INDEX ix_stock_levels_warehouse ON stock_levels (warehouse_id)"),
    ("shipments",
     "CREATE TABLE shipments (id bigserial PRIMARY KEY, order_id bigint NOT NULL REFERENCES orders (id),"
     " warehouse_id integer NOT NULL REFERENCES warehouses (id), carrier varchar(40), tracking varchar(60),"
     " shipped_at timestamptz)",
     "CREATE INDEX ix_shipments_order ON shipments (order_id)"),
    ("coupons",
     "CREATE TABLE coupons (id bigserial PRIMARY KEY, code varchar(30) NOT NULL, percent_off smallint NOT NULL"
     " CHECK (percent_off BETWEEN 1 AND 100), valid_until date)",
     "CREATE UNIQUE INDEX ux_coupons_code ON coupons (code)"),
    ("settings",
     "CREATE TABLE settings (key varchar(60) PRIMARY KEY, value text NOT NULL)",
     "INSERT INTO settings (key, value) VALUES ('locale', 'en'), ('timezone', 'UTC'), ('currency', 'EUR')"),
    ("audit_log",
     "CREATE TABLE audit_log (id bigserial PRIMARY KEY, at timestamptz NOT NULL DEFAULT now(),"
     " actor varchar(100) NOT NULL, action varchar(40) NOT NULL, payload jsonb)",
     "CREATE INDEX ix_audit_log_at ON audit_log (at)"),
    ("api_keys",
     "CREATE TABLE api_keys (id bigserial PRIMARY KEY, customer_id bigint REFERENCES customers (id),"
     " key_hash char(64) NOT NULL, created_at timestamptz NOT NULL DEFAULT now(), revoked_at timestamptz)",
     "CREATE UNIQUE INDEX ux_api_keys_hash ON api_keys (key_hash)"),
    ("webhooks",
     "CREATE TABLE webhooks (id bigserial PRIMARY KEY, url text NOT NULL, event varchar(40) NOT NULL,"
     " secret varchar(64), active boolean NOT NULL DEFAULT true)",
     "CREATE INDEX ix_webhooks_event ON webhooks (event) WHERE active"),
]


def ids():
    """Fixed 12-character ids: the revision number, then 8 hex digits of a simple hash."""
    return [f"{n:04d}{(n * 2654435761) & 0xFFFFFFFF:08x}" for n in range(1, len(REVISIONS) + 1)]


def table_of(create):
    return create.split()[2]


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--tenants", type=int, required=True)
    args = ap.parse_args()
    out = os.path.abspath(args.out)
    revision_ids = ids()
    write(os.path.join(out, "retort", "retort.toml"),
          "# bench/fleet.sh: 20 revisions of a tenant schema; the URL (and schema) come from each run.\n"
          'script_location = "migrations"\n')
    for n, ((slug, create, second), rid) in enumerate(zip(REVISIONS, revision_ids), start=1):
        parent = revision_ids[n - 2] if n > 1 else ""
        write(os.path.join(out, "retort", "migrations", "versions", f"{rid}_{slug}.sql"),
              f"-- Revision: {rid}\n"
              f"-- Revises: {parent}\n"
              f"-- Message: {slug.replace('_', ' ')}\n"
              f"-- Create-Date: 2026-12-07T09:{n:02d}:00Z\n"
              "\n"
              "-- +upgrade\n"
              f"{create};\n"
              f"{second};\n"
              "\n"
              "-- +downgrade\n"
              f"DROP TABLE {table_of(create)};\n")
        write(os.path.join(out, "flyway", f"V{n}__{slug}.sql"), f"{create};\n{second};\n")
    write(os.path.join(out, "tenants.txt"), "".join(f"{t}\n" for t in range(1, args.tenants + 1)))
    write(os.path.join(out, "head.txt"), revision_ids[-1] + "\n")


if __name__ == "__main__":
    main()
