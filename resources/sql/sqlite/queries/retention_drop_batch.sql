DROP TABLE retention_batch
