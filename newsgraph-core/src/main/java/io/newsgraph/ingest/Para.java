package io.newsgraph.ingest;

/**
 * One paragraph during cleaning: its text on one line, and the index of the blank-line separated
 * block of the source it came from (a caption and its credit share a block).
 */
record Para(String text, int block) {
}
