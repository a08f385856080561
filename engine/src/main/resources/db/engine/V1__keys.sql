-- Keys are 64-bit like Zeebe's: (partitionId << 51) + sequence, partition 1.
-- REST shows them as strings, gRPC as int64. One sequence serves every kind of key.
-- The engine takes keys in blocks of 100 (one nextval per block): a value v reserves v .. v+99.
CREATE SEQUENCE engine.key_sequence START WITH 2251799813685249 INCREMENT BY 100 CACHE 1;
