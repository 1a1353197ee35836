-- Lab schema for database `lab` on the primary PostgreSQL (pg).
-- Run by tests/lab/lab as the superuser; the tables belong to lab_app.

CREATE EXTENSION IF NOT EXISTS pg_stat_statements;
CREATE EXTENSION IF NOT EXISTS pg_qualstats;
CREATE EXTENSION IF NOT EXISTS hypopg;
CREATE EXTENSION IF NOT EXISTS pg_prewarm;
CREATE EXTENSION IF NOT EXISTS pg_buffercache;

SET ROLE lab_app;

-- orders: deliberately NO index on customer_id — the index advisor's target.
CREATE TABLE orders (
    id          bigserial PRIMARY KEY,
    customer_id int           NOT NULL,
    status      text          NOT NULL,
    amount      numeric(10,2) NOT NULL,
    created_at  timestamptz   NOT NULL DEFAULT now()
);
INSERT INTO orders (customer_id, status, amount, created_at)
SELECT 1 + (random() * 19999)::int,
       (ARRAY['new', 'paid', 'shipped', 'delivered', 'cancelled'])[1 + (random() * 4)::int],
       round((random() * 500)::numeric, 2),
       now() - random() * interval '365 days'
FROM generate_series(1, 200000);
CREATE INDEX orders_created_at_idx ON orders (created_at);

CREATE TABLE customers (
    id    int  PRIMARY KEY,
    email text NOT NULL,
    name  text NOT NULL
);
INSERT INTO customers (id, email, name)
SELECT i, 'customer' || i || '@example.com', 'Customer ' || i
FROM generate_series(1, 20000) AS i;
CREATE UNIQUE INDEX customers_email_idx ON customers (email);

-- cold_data: ~80 MB, more than shared_buffers (32 MB), for cold scans.
-- ~1 kB rows of incompressible text, below the TOAST threshold.
CREATE TABLE cold_data (
    id     bigint PRIMARY KEY,
    filler text
);
INSERT INTO cold_data (id, filler)
SELECT i, repeat(md5(i::text), 30)
FROM generate_series(1, 82000) AS i;

CREATE TABLE cdc_events (
    id         bigserial   PRIMARY KEY,
    payload    text        NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE PUBLICATION lab_pub FOR TABLE cdc_events;

RESET ROLE;
ANALYZE;
