"""Pipeline: read -> segment -> resolve -> tag -> export, one module per stage."""
