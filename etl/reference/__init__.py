"""The reference: the official units of both maps and the matching of names as clerks type them, the metrics
catalogue, and the values as typed ("trên 98%", "17/17", "312 ĐV") turned into numbers with their qualifier.
Used by the loader and by the warehouse; it imports neither."""
