-- Lab schema for database `lab` on the subscriber PostgreSQL (pg2).
-- The subscription itself is created by tests/lab/lab in its own statement
-- (CREATE SUBSCRIPTION cannot run inside a transaction block).

CREATE TABLE cdc_events (
    id         bigserial   PRIMARY KEY,
    payload    text        NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
