package org.khotin.search;

import java.util.List;

/** A shard file as cut: the entries in it, its bytes and their SHA-256. */
record Shard(List<byte[]> entries, byte[] bytes, byte[] digest) {}
