#!/usr/bin/python3
"""Debian's prometheus-pgbouncer-exporter 1.7, adapted to pgbouncer 1.18.

The exporter reads `SHOW STATS` columns `total_requests`, which pgbouncer
removed in 1.8 (it became `total_query_count` and `total_xact_count`). Against
1.18 every scrape then fails with KeyError and /metrics answers 500. This shim
keeps the exporter as Debian ships it and only maps its STATS metrics to the
columns pgbouncer 1.18 has; the metric names stay the exporter's own.
"""
from prometheus_pgbouncer_exporter import cli, collectors

collectors.StatsCollector.metrics = {
    'total_query_count': (
        'requests_total',
        "Total number of SQL requests pooled by pgbouncer",
    ),
    'total_xact_count': (
        'transactions_total',
        "Total number of SQL transactions pooled by pgbouncer",
    ),
    'total_received': (
        'received_bytes_total',
        "Total volume in bytes of network traffic received by pgbouncer",
    ),
    'total_sent': (
        'sent_bytes_total',
        "Total volume in bytes of network traffic sent by pgbouncer",
    ),
    'total_query_time': (
        'query_microseconds_total',
        "Total number of microseconds spent by pgbouncer when actively connected to PostgreSQL",
    ),
    'total_wait_time': (
        'wait_microseconds_total',
        "Time spent by clients waiting for a server, in microseconds",
    ),
}

if __name__ == '__main__':
    cli.main()
