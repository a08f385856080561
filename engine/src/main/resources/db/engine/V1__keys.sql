-- Keys are 64-bit like Zeebe's: (partitionId << 51) + sequence, partition 1.
-- REST shows them as strings, gRPC as int64. One sequence serves every kind of key.
CREATE SEQUENCE engine.key_sequence START WITH 2251799813685249 INCREMENT BY 1 CACHE 1;
