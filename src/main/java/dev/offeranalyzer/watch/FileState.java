package dev.offeranalyzer.watch;

/**
 * What a scan sees of a file: its size in bytes and its last modification time in milliseconds
 * since the epoch. Two equal states in a row mean nobody wrote to the file in between.
 */
public record FileState(long size, long modifiedMillis) {}
