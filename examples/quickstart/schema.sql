-- The shop schema as it should be after every revision: retort check compares the
-- migrations' head with this file; edit it, then `retort revision --autogenerate -m ...`.

CREATE TABLE customers (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL UNIQUE
);

CREATE TABLE products (
    id INTEGER PRIMARY KEY,
    sku TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    price_cents INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE orders (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    placed_at TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'placed'
);
CREATE INDEX ix_orders_customer ON orders (customer_id);

CREATE TABLE order_lines (
    order_id INTEGER NOT NULL REFERENCES orders (id),
    product_id INTEGER NOT NULL REFERENCES products (id),
    quantity INTEGER NOT NULL CHECK (quantity > 0),
    PRIMARY KEY (order_id, product_id)
);

CREATE TABLE shipments (
    id INTEGER PRIMARY KEY,
    order_id INTEGER NOT NULL REFERENCES orders (id),
    shipped_at TEXT
);
CREATE INDEX ix_shipments_order ON shipments (order_id);

CREATE TABLE loyalty_accounts (
    customer_id INTEGER PRIMARY KEY REFERENCES customers (id),
    points INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE loyalty_events (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES loyalty_accounts (customer_id),
    delta INTEGER NOT NULL,
    at TEXT NOT NULL
);
